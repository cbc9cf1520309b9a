//! A bare Yew counter: the smallest app built with the same toolchain and profile as the
//! simulator, so the benchmark can say how much of the bundle is the simulator's own.
use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let count = use_state(|| 0i32);
    let up = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    let down = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count - 1))
    };
    html! {
        <div>
            <button onclick={down}>{ "−1" }</button>
            <span>{ *count }</span>
            <button onclick={up}>{ "+1" }</button>
        </div>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}

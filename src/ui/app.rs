use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! { <main data-testid="app"><h1>{ "Simulateur bassin minier" }</h1></main> }
}

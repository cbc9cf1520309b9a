fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<simulateur::ui::App>::new().render();
}

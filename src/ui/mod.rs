mod app;

pub use app::App;

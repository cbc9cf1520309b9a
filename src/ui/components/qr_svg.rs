use yew::prelude::*;

use crate::codec::qr::QrPath;

/// A QR code as one SVG path on a white square (the standard margin included), named for
/// assistive technology: the share card's and the printed note's.
pub fn qr_svg(qr: &QrPath, class: &'static str, label: &'static str, testid: &'static str) -> Html {
    let size = qr.size.to_string();
    html! {
        <svg {class} role="img" aria-label={label} viewBox={format!("0 0 {size} {size}")}
            shape-rendering="crispEdges" data-testid={testid}>
            <rect width={size.clone()} height={size} fill="#fff" />
            <path d={qr.d.clone()} fill="#000" />
        </svg>
    }
}

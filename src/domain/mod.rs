//! The domain core: money, the scenario, rules as data and their evaluation.
//! Nothing here touches the browser, so it compiles and is tested natively.

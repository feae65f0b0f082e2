//! The self-hosted built-ins, in the order a runtime runs them. Also read by `vm/build.rs`
//! (through `#[path]`), which precompiles them into the bytecode image the runtime loads, so the
//! list and the texts are the same for both.

/// Self-hosted built-ins, run in order when a runtime starts.
pub const SELF_HOSTED: &[(&str, &str)] = &[
    ("core.js", include_str!("js/core.js")),
    ("function.js", include_str!("js/function.js")),
    ("object.js", include_str!("js/object.js")),
    ("error.js", include_str!("js/error.js")),
    ("array.js", include_str!("js/array.js")),
    ("string.js", include_str!("js/string.js")),
    ("json.js", include_str!("js/json.js")),
    ("promise.js", include_str!("js/promise.js")),
    ("collections.js", include_str!("js/collections.js")),
    ("proxy.js", include_str!("js/proxy.js")),
    ("iterator.js", include_str!("js/iterator.js")),
    ("date.js", include_str!("js/date.js")),
    ("regexp.js", include_str!("js/regexp.js")),
    ("array_buffer.js", include_str!("js/array_buffer.js")),
    ("typed_array.js", include_str!("js/typed_array.js")),
    ("data_view.js", include_str!("js/data_view.js")),
];

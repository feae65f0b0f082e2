//! The stdlib's JavaScript files, the host's glue script, and the names stack traces show for
//! them. Also read by `stdlib/build.rs` (through `#[path]`), which precompiles them into the
//! bytecode images `precompiled.rs` loads, so the list, the texts and the names are the same
//! for both.

/// (table name, source). Table names are paths under `stdlib/js/` without `.js`.
pub const STDLIB_FILES: &[(&str, &str)] = &[
    ("bootstrap", include_str!("../../js/bootstrap.js")),
    ("console", include_str!("../../js/console.js")),
    ("node/assert", include_str!("../../js/node/assert.js")),
    ("node/async_hooks", include_str!("../../js/node/async_hooks.js")),
    ("node/events", include_str!("../../js/node/events.js")),
    ("node/process", include_str!("../../js/node/process.js")),
    ("node/timers", include_str!("../../js/node/timers.js")),
    ("node/timers/promises", include_str!("../../js/node/timers/promises.js")),
    ("node/util", include_str!("../../js/node/util.js")),
    ("node/vm", include_str!("../../js/node/vm.js")),
    ("node/diagnostics_channel", include_str!("../../js/node/diagnostics_channel.js")),
    ("node/test", include_str!("../../js/node/test.js")),
    ("internal/errors", include_str!("../../js/internal/errors.js")),
    ("internal/structured_clone", include_str!("../../js/internal/structured_clone.js")),
    ("internal/event_target", include_str!("../../js/internal/event_target.js")),
    ("internal/crypto", include_str!("../../js/internal/crypto.js")),
    ("internal/util/inspect", include_str!("../../js/internal/util/inspect.js")),
    ("internal/util/inspect_primitives", include_str!("../../js/internal/util/inspect_primitives.js")),
    ("internal/util/inspect_layout", include_str!("../../js/internal/util/inspect_layout.js")),
    ("internal/util/string_width", include_str!("../../js/internal/util/string_width.js")),
    ("internal/util/format", include_str!("../../js/internal/util/format.js")),
    ("internal/util/types", include_str!("../../js/internal/util/types.js")),
    ("internal/util/comparisons", include_str!("../../js/internal/util/comparisons.js")),
    ("internal/assert/assertion_error", include_str!("../../js/internal/assert/assertion_error.js")),
    ("internal/assert/myers_diff", include_str!("../../js/internal/assert/myers_diff.js")),
    ("internal/process/host_hooks", include_str!("../../js/internal/process/host_hooks.js")),
    ("internal/process/warning", include_str!("../../js/internal/process/warning.js")),
];

/// The name stack traces show for a stdlib file (`node:events`, `node:internal/errors`).
pub fn stdlib_source_name(table_name: &str) -> String {
    match table_name.strip_prefix("node/") {
        Some(public) => format!("node:{public}"),
        None => format!("node:{table_name}"),
    }
}

/// (source name, source) of the host's glue (`src/glue.js`: ES module graphs and `import()`),
/// compiled as a strict classic script.
pub const GLUE: (&str, &str) = ("minijs:glue", include_str!("../glue.js"));

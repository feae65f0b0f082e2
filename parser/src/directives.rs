//! Directive prologues: a body is strict when it starts with a `"use strict"` directive.

use crate::ast::{ExprKind, Stmt, StmtKind};

/// Whether the directive prologue of `body` (its leading string-literal expression statements)
/// contains `"use strict"` written exactly so, without escapes or line continuations.
pub fn has_use_strict(src: &str, body: &[Stmt]) -> bool {
    for stmt in body {
        let StmtKind::Expr(e) = &stmt.kind else {
            return false;
        };
        if !matches!(e.kind, ExprKind::String(_)) {
            return false;
        }
        let raw = src.get(e.span.0..e.span.1).unwrap_or("");
        if raw == "\"use strict\"" || raw == "'use strict'" {
            return true;
        }
    }
    false
}

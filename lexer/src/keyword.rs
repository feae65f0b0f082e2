//! Keyword lookup for identifier names that the logos scanner did not classify itself (names
//! with escapes). Plain ASCII keywords are recognised by logos directly (see `raw.rs`).

use crate::Token;

/// How a keyword may be used when spelled with escapes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum KeywordKind {
    /// A ReservedWord other than `await`/`yield`: never an identifier.
    Reserved,
    /// A contextual keyword, or `await`/`yield`: an identifier in some contexts.
    Contextual,
}

/// The token of a keyword spelled `name`, and its kind.
pub(crate) fn keyword(name: &str) -> Option<(Token, KeywordKind)> {
    use KeywordKind::{Contextual, Reserved};
    use Token::*;
    Some(match name {
        "break" => (Break, Reserved),
        "case" => (Case, Reserved),
        "catch" => (Catch, Reserved),
        "class" => (Class, Reserved),
        "const" => (Const, Reserved),
        "continue" => (Continue, Reserved),
        "debugger" => (Debugger, Reserved),
        "default" => (Default, Reserved),
        "delete" => (Delete, Reserved),
        "do" => (Do, Reserved),
        "else" => (Else, Reserved),
        "enum" => (Enum, Reserved),
        "export" => (Export, Reserved),
        "extends" => (Extends, Reserved),
        "false" => (False, Reserved),
        "finally" => (Finally, Reserved),
        "for" => (For, Reserved),
        "function" => (Function, Reserved),
        "if" => (If, Reserved),
        "import" => (Import, Reserved),
        "in" => (In, Reserved),
        "instanceof" => (Instanceof, Reserved),
        "new" => (New, Reserved),
        "null" => (Null, Reserved),
        "return" => (Return, Reserved),
        "super" => (Super, Reserved),
        "switch" => (Switch, Reserved),
        "this" => (This, Reserved),
        "throw" => (Throw, Reserved),
        "true" => (True, Reserved),
        "try" => (Try, Reserved),
        "typeof" => (Typeof, Reserved),
        "var" => (Var, Reserved),
        "void" => (Void, Reserved),
        "while" => (While, Reserved),
        "with" => (With, Reserved),
        "await" => (Await, Contextual),
        "yield" => (Yield, Contextual),
        "let" => (Let, Contextual),
        "static" => (Static, Contextual),
        "async" => (Async, Contextual),
        "of" => (Of, Contextual),
        "get" => (Get, Contextual),
        "set" => (Set, Contextual),
        "from" => (From, Contextual),
        "as" => (As, Contextual),
        "target" => (Target, Contextual),
        "meta" => (Meta, Contextual),
        "accessor" => (Accessor, Contextual),
        "implements" => (Implements, Contextual),
        "interface" => (Interface, Contextual),
        "package" => (Package, Contextual),
        "private" => (Private, Contextual),
        "protected" => (Protected, Contextual),
        "public" => (Public, Contextual),
        _ => return None,
    })
}

//! A human-readable listing of compiled functions (`minijs run --disasm`).

use std::fmt::Write;

use super::ops::Op;
use super::proto::{Constant, FunctionCode};

fn constant(code: &FunctionCode, i: u32) -> String {
    match code.consts.get(i as usize) {
        Some(Constant::Number(n)) => format!("{n}"),
        Some(Constant::String(s)) => format!("{:?}", String::from_utf16_lossy(s)),
        Some(Constant::BigInt(b)) => format!("{b}n"),
        None => "?".into(),
    }
}

/// Lists `code` and its nested functions.
pub fn disassemble(code: &FunctionCode) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out, "");
    out
}

fn disassemble_into(code: &FunctionCode, out: &mut String, path: &str) {
    let name = if code.name.is_empty() { "<anonymous>" } else { &code.name };
    let _ = writeln!(
        out,
        "== {path}{name} (params {}, locals {}, cells {}, upvals {}{}{}) ==",
        code.param_slots,
        code.num_locals,
        code.num_cells,
        code.captures.len(),
        if code.is_async { ", async" } else { "" },
        if code.is_generator { ", generator" } else { "" },
    );
    for (pc, op) in code.code.iter().enumerate() {
        let note = match op {
            Op::Const { index } => constant(code, *index),
            Op::GetProp { name }
            | Op::GetPropKeep { name }
            | Op::SetProp { name }
            | Op::GetGlobal { name }
            | Op::GetGlobalOrUndefined { name }
            | Op::SetGlobal { name, .. }
            | Op::DefineField { name }
            | Op::DefineMethod { name, .. }
            | Op::DeclareGlobalVar { name }
            | Op::DeclareGlobalLexical { name, .. }
            | Op::InitGlobalLexical { name } => constant(code, *name),
            _ => String::new(),
        };
        let _ = writeln!(out, "{pc:5}  {:<48} {note}", format!("{op:?}"));
    }
    for (i, child) in code.children.iter().enumerate() {
        out.push('\n');
        disassemble_into(child, out, &format!("{path}{name}/{i}:"));
    }
}

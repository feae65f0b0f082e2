//! Sorting with a user comparator as a resumable bottom-up merge sort: the Rust loop runs
//! until it needs a comparison, returns a call of the comparator, and continues in the
//! call's continuation. Stable, no Rust recursion, and no interpreted loop per comparison.
//!
//! The state lives in the continuation's values (see `Slot`). When the sort finishes it
//! either returns the sorted values as an array (for the self-hosted generic sort) or writes
//! them back into the plain array being sorted (the fast path of Array.prototype.sort).

use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::value::Value;

/// Indices into the continuation values.
#[derive(Clone, Copy)]
enum Slot {
    Compare = 0,
    Src,
    Dst,
    Width,
    Left,
    I,
    J,
    K,
    Mid,
    Right,
    Len,
    /// Values that sort last without comparison: undefineds (and, for write-back, holes).
    Undefineds,
    Holes,
    /// The plain array to write into, or undefined to return the sorted array.
    Target,
    Count,
}

fn get(values: &[Value<'_>], s: Slot) -> usize {
    match values.get(s as usize) {
        Some(Value::Number(n)) => *n as usize,
        _ => 0,
    }
}

fn set(values: &mut [Value<'_>], s: Slot, n: usize) {
    if let Some(v) = values.get_mut(s as usize) {
        *v = Value::Number(n as f64);
    }
}

fn value<'gc>(values: &[Value<'gc>], s: Slot) -> Value<'gc> {
    values.get(s as usize).copied().unwrap_or(Value::Undefined)
}

/// Starts sorting `items` (no undefineds or holes among them) with `comparefn`.
pub fn start<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    comparefn: Value<'gc>,
    items: Vec<Value<'gc>>,
    undefineds: usize,
    holes: usize,
    target: Value<'gc>,
) -> NativeResult<'gc> {
    let n = items.len();
    let src = ctx.vm.new_array(ctx.mc, items);
    let dst = ctx.vm.new_array(ctx.mc, vec![Value::Undefined; n]);
    let mut values = vec![Value::Undefined; Slot::Count as usize];
    values[Slot::Compare as usize] = comparefn;
    values[Slot::Src as usize] = Value::Object(src);
    values[Slot::Dst as usize] = Value::Object(dst);
    values[Slot::Target as usize] = target;
    set(&mut values, Slot::Width, 1);
    set(&mut values, Slot::Len, n);
    set(&mut values, Slot::Undefineds, undefineds);
    set(&mut values, Slot::Holes, holes);
    begin_pair(&mut values, 0);
    run(ctx, values)
}

/// Sets up the merge of the two runs starting at `left`.
fn begin_pair(values: &mut [Value<'_>], left: usize) {
    let n = get(values, Slot::Len);
    let width = get(values, Slot::Width);
    let mid = (left + width).min(n);
    let right = (left + 2 * width).min(n);
    set(values, Slot::Left, left);
    set(values, Slot::Mid, mid);
    set(values, Slot::Right, right);
    set(values, Slot::I, left);
    set(values, Slot::J, mid);
    set(values, Slot::K, left);
}

/// Advances the merge until a comparison is needed or the sort is done.
fn run<'gc>(ctx: &mut Ctx<'gc, '_>, mut values: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let (Value::Object(src), Value::Object(dst)) = (value(&values, Slot::Src), value(&values, Slot::Dst)) else {
        return NativeResult::Return(Value::Undefined);
    };
    let n = get(&values, Slot::Len);
    loop {
        if get(&values, Slot::Width) >= n {
            return finish(ctx, &values, src);
        }
        let (i, j, mid, right) = (get(&values, Slot::I), get(&values, Slot::J), get(&values, Slot::Mid), get(&values, Slot::Right));
        if i < mid && j < right {
            let (a, b) = {
                let s = src.borrow();
                (s.elements.get(j).copied().unwrap_or(Value::Undefined), s.elements.get(i).copied().unwrap_or(Value::Undefined))
            };
            let f = value(&values, Slot::Compare);
            let callee = ctx.callee;
            return NativeResult::Call {
                f,
                this: Value::Undefined,
                args: vec![a, b],
                then: Some(Continuation { f: compared, values, mapping: None, callee }),
            };
        }
        // One run is exhausted: copy the rest of the other.
        {
            let s = src.borrow().elements.clone();
            let mut d = dst.borrow_mut(ctx.mc);
            let k = get(&values, Slot::K);
            for (offset, idx) in (i..mid).chain(j..right).enumerate() {
                if let (Some(slot), Some(v)) = (d.elements.get_mut(k + offset), s.get(idx)) {
                    *slot = *v;
                }
            }
        }
        let next = get(&values, Slot::Left) + 2 * get(&values, Slot::Width);
        if next >= n {
            // This pass is done: the destination becomes the source of the next, wider one.
            values[Slot::Src as usize] = Value::Object(dst);
            values[Slot::Dst as usize] = Value::Object(src);
            let width = get(&values, Slot::Width) * 2;
            set(&mut values, Slot::Width, width);
            begin_pair(&mut values, 0);
            return run(ctx, values);
        }
        begin_pair(&mut values, next);
    }
}

/// The comparator returned: coerce its result to a number, then take the smaller element.
fn compared<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let v = match r {
        Ok(v) => v,
        Err(e) => return NativeResult::Throw(e),
    };
    if v.is_object() {
        let hint = ctx.vm.str(ctx.mc, "number");
        return NativeResult::Call {
            f: ctx.vm.helper("toPrimitive"),
            this: Value::Undefined,
            args: vec![v, hint],
            then: Some(Continuation { f: compared, values: cont.values.clone(), mapping: None, callee: cont.callee }),
        };
    }
    let order = match super::super::global::coerce::number(ctx, v) {
        Ok(n) => n,
        Err(e) => return NativeResult::Throw(e),
    };
    let mut values = cont.values.clone();
    let (Value::Object(src), Value::Object(dst)) = (value(&values, Slot::Src), value(&values, Slot::Dst)) else {
        return NativeResult::Return(Value::Undefined);
    };
    let (i, j, k) = (get(&values, Slot::I), get(&values, Slot::J), get(&values, Slot::K));
    // b (the right run's element) goes first only when strictly smaller: stability.
    let (take, from_right) = if order < 0.0 { (j, true) } else { (i, false) };
    let v = src.borrow().elements.get(take).copied().unwrap_or(Value::Undefined);
    if let Some(slot) = dst.borrow_mut(ctx.mc).elements.get_mut(k) {
        *slot = v;
    }
    set(&mut values, Slot::K, k + 1);
    if from_right {
        set(&mut values, Slot::J, j + 1);
    } else {
        set(&mut values, Slot::I, i + 1);
    }
    run(ctx, values)
}

/// The sorted values followed by the undefineds (and holes, for write-back).
fn finish<'gc>(ctx: &mut Ctx<'gc, '_>, values: &[Value<'gc>], sorted: crate::heap::object::Obj<'gc>) -> NativeResult<'gc> {
    let mut items = sorted.borrow().elements.clone();
    items.extend(std::iter::repeat_n(Value::Undefined, get(values, Slot::Undefineds)));
    match value(values, Slot::Target) {
        Value::Object(target) => {
            let holes = get(values, Slot::Holes);
            super::fast::write_back(ctx, target, items, holes)
        }
        _ => NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, items))),
    }
}

//! How a program ends: normally, or failing on purpose: an uncaught throw at the end of the main script, in
//! a timer callback, or an unhandled rejection. Node then exits with code 1 (its stderr report is not
//! compared: it holds a stack), after the output that came before, which is compared.

use crate::differential::generator::exceptions::Thrown;
use crate::differential::render::Writer;
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Clone, Debug)]
pub enum Ending {
    Normal,
    ThrowAtEnd(Thrown),
    ThrowInTimer(Thrown),
    Rejection(Thrown),
    RejectionInAsync(Thrown),
}

fn thrown() -> impl Strategy<Value = Thrown> {
    prop_oneof![
        (select(&["Error", "TypeError", "RangeError"][..]), select(&["fatal", ""][..])).prop_map(|(c, m)| Thrown::Error(c, m)),
        Just(Thrown::App("fatal")),
        Just(Thrown::Db("fatal")),
        select(&["'a string'", "42", "null", "{ code: 7 }"][..]).prop_map(Thrown::Value),
    ]
}

pub fn strategy() -> impl Strategy<Value = Ending> {
    prop_oneof![
        12 => Just(Ending::Normal),
        1 => thrown().prop_map(Ending::ThrowAtEnd),
        1 => thrown().prop_map(Ending::ThrowInTimer),
        1 => thrown().prop_map(Ending::Rejection),
        1 => thrown().prop_map(Ending::RejectionInAsync),
    ]
}

impl Ending {
    pub fn render(&self, out: &mut Writer) {
        match self {
            Ending::Normal => {}
            Ending::ThrowAtEnd(thrown) => {
                let label = out.label();
                out.line(format!("console.log({label}, 'throwing');"));
                out.line(format!("throw {};", thrown.expression()));
            }
            Ending::ThrowInTimer(thrown) => {
                let (label, delay) = (out.label(), out.main_tick_timer_delay());
                out.line(format!("setTimeout(() => {{ console.log({label}, 'throwing'); throw {}; }}, {delay});", thrown.expression()));
            }
            Ending::Rejection(thrown) => {
                let label = out.label();
                out.line(format!("console.log({label}, 'rejecting');"));
                out.line(format!("Promise.reject({});", thrown.expression()));
            }
            Ending::RejectionInAsync(thrown) => {
                let label = out.label();
                out.line(format!("(async () => {{ await null; console.log({label}, 'rejecting'); throw {}; }})();", thrown.expression()));
            }
        }
    }
}

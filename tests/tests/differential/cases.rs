//! Generating the program of case number `index` of a run with a given seed (each case has its own
//! random stream, so one case can be regenerated alone), and shrinking a failing one with proptest.

use crate::differential::generator::{self, Features, Program};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::time::{Duration, Instant};

pub type Tree = Box<dyn ValueTree<Value = Program>>;

/// A well-mixed 64-bit value (SplitMix64), to give every case its own seed.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The value tree of case `index`: its current value is the program; simplifying it shrinks the program.
pub fn tree(features: Features, seed: u64, index: usize) -> Result<Tree, String> {
    let mut bytes = [0u8; 32];
    let mut state = mix(seed ^ mix(index as u64));
    for chunk in bytes.chunks_mut(8) {
        state = mix(state);
        chunk.copy_from_slice(&state.to_le_bytes());
    }
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    generator::program_strategy(features).boxed().new_tree(&mut runner).map_err(|reason| format!("generation failed: {reason}"))
}

/// Shrinks `tree` while `fails` holds (proptest's usual simplify/complicate walk), within a step and time
/// budget; returns the smallest failing program found and the number of candidates tried.
pub fn shrink(tree: &mut Tree, max_steps: usize, max_time: Duration, mut fails: impl FnMut(&Program) -> bool) -> (Program, usize) {
    let started = Instant::now();
    let mut smallest = tree.current();
    let mut steps = 0;
    if !tree.simplify() {
        return (smallest, steps);
    }
    while steps < max_steps && started.elapsed() < max_time {
        steps += 1;
        let candidate = tree.current();
        if fails(&candidate) {
            smallest = candidate;
            if !tree.simplify() {
                break;
            }
        } else if !tree.complicate() {
            break;
        }
    }
    (smallest, steps)
}

//! ballflight native flight kernel: the RK4 integrator of `JavaFlightKernel`, ported operation
//! for operation so both give the same bits, run over struct-of-arrays batches in place (and in
//! parallel with a dedicated rayon pool) behind a small C ABI (`include/ballflight.h`).
//!
//! The Java side (`ballflight-bindings`) calls [`ffi::bf_integrate`] on the memory of a
//! `FlightBatch` without copying it.
#![deny(unsafe_op_in_unsafe_fn, missing_docs)]
// `!(a > b)` is how the Java kernel spells its NaN-aware tests; the port keeps that form.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

pub mod batch;
mod build_info;
pub mod columns;
mod det_math;
pub mod ffi;
pub mod kernel;
pub mod params;
pub mod pool;
mod table;
mod tolerance;
mod validate;

pub use batch::{BatchError, PathOut, integrate};
pub use ffi::*;
pub use kernel::{BF_LANES, FlightInput, FlightOutput, LanePath, PathRows, fly, fly_range_on};
pub use params::{BF_DRAG_CRISIS, BF_DRAG_NATHAN, BF_DRAG_TABLE, BF_TABLE_MAX_NODES, BfParams};

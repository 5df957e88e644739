//! Runs the kernel over the flights of a struct-of-arrays batch, in place, on the calling thread
//! or in chunks on a rayon pool. Each flight only reads its inputs and writes its own output
//! cells and path rows, so the result is the same for any thread count.

use crate::columns::{BF_COLUMN_COUNT, BF_INPUT_COUNT, BF_PATH_FIELDS};
use crate::kernel::{self, FlightInput, FlightOutput};
use crate::params::BfParams;
use crate::validate;
use rayon::ThreadPool;
use rayon::prelude::*;
use std::marker::PhantomData;
use std::ops::Range;

/// Flights per parallel task; smaller batches stay on the calling thread.
pub const BF_MIN_PARALLEL_CHUNK: i32 = 64;

/// Caller storage for sampled paths: `[flight][sample][4]` doubles.
pub struct PathOut<'a> {
    /// At least `count * samples_per_flight * 4` doubles.
    pub data: &'a mut [f64],
    /// Samples per flight (>= 2).
    pub samples_per_flight: usize,
    /// Keep one sample every this many steps (>= 1).
    pub stride_steps: i64,
}

/// Why a batch was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchError {
    /// A size or length does not fit.
    Size(String),
    /// A `BfParams` field is out of range.
    Params(String),
    /// An input column holds a forbidden value.
    Input(String),
}

/// Write access to the output columns shared by the tasks of one call.
struct OutColumns<'a> {
    base: *mut f64,
    capacity: usize,
    _borrow: PhantomData<&'a mut [f64]>,
}

// SAFETY: the pointer comes from a `&mut` slice borrowed for 'a, and every task writes only the
// cells of the flights in its own disjoint index range (see `write`).
unsafe impl Send for OutColumns<'_> {}
// SAFETY: as above; no two tasks ever touch the same cell.
unsafe impl Sync for OutColumns<'_> {}

impl OutColumns<'_> {
    /// # Safety
    /// `i < capacity`, and no other thread writes flight `i` during this call.
    unsafe fn write(&self, i: usize, o: &FlightOutput) {
        let values = [
            o.t_end,
            o.x_end,
            o.y_end,
            o.z_end,
            o.vx_end,
            o.vy_end,
            o.vz_end,
            o.apex_z,
            o.apex_t,
            o.fence_z,
            f64::from(o.end_reason),
            o.path_count as f64,
        ];
        for (k, v) in values.into_iter().enumerate() {
            // SAFETY: k < COUNT - INPUT_COUNT and i < capacity keep the index inside the
            // output region; exclusivity per flight is the caller's promise.
            unsafe { *self.base.add(k * self.capacity + i) = v };
        }
    }
}

fn read_input(inputs: &[f64], capacity: usize, i: usize) -> FlightInput {
    let c = |col: usize| inputs[col * capacity + i];
    FlightInput {
        x: c(0),
        y: c(1),
        z: c(2),
        vx: c(3),
        vy: c(4),
        vz: c(5),
        spin_x: c(6),
        spin_y: c(7),
        spin_z: c(8),
        drag_k: c(9),
        wind_x: c(10),
        wind_y: c(11),
        shear_exponent: c(12),
        shear_reference_height: c(13),
        fence_distance: c(14),
        fence_height: c(15),
        plane_y: c(16),
    }
}

/// Integrates flights `0..count` of `batch` (`BF_COLUMN_COUNT * capacity` doubles, column `c` of
/// flight `i` at `c * capacity + i`) after checking sizes, params and inputs. With a pool of
/// more than one thread, batches of at least two chunks run in parallel.
///
/// # Safety
/// With `params.drag_model == BF_DRAG_TABLE`, `params.table` must be valid for reads of
/// `table_speed_count * table_spin_count` doubles, outside `batch` and `path`, and not written
/// during the call (the counts and alignment are checked here, the memory cannot be).
pub unsafe fn integrate(
    batch: &mut [f64],
    capacity: usize,
    count: usize,
    params: &BfParams,
    path: Option<PathOut<'_>>,
    pool: Option<&ThreadPool>,
) -> Result<(), BatchError> {
    if count == 0 {
        return Err(BatchError::Size("count = 0: the batch is empty, add at least one flight".into()));
    }
    if count > capacity {
        return Err(BatchError::Size(format!("count = {count} exceeds capacity = {capacity}")));
    }
    let needed = capacity.checked_mul(BF_COLUMN_COUNT as usize);
    if needed != Some(batch.len()) {
        return Err(BatchError::Size(format!(
            "batch holds {} doubles, capacity {capacity} needs {capacity} * {BF_COLUMN_COUNT}",
            batch.len()
        )));
    }
    let per_flight = match &path {
        None => 0,
        Some(p) => {
            if p.samples_per_flight < 2 || p.stride_steps < 1 {
                return Err(BatchError::Size(format!(
                    "path needs samples_per_flight >= 2 and stride_steps >= 1, got {} and {}",
                    p.samples_per_flight, p.stride_steps
                )));
            }
            let per = p.samples_per_flight * BF_PATH_FIELDS as usize;
            if count.checked_mul(per).is_none_or(|n| n > p.data.len()) {
                return Err(BatchError::Size(format!(
                    "path buffer holds {} doubles, {count} flights of {} samples need {count} * {per}",
                    p.data.len(),
                    p.samples_per_flight
                )));
            }
            per
        }
    };
    params.validate().map_err(BatchError::Params)?;
    // SAFETY: the table contract is this function's.
    unsafe { params.validate_table_values() }.map_err(BatchError::Params)?;

    let (inputs, outputs) = batch.split_at_mut(BF_INPUT_COUNT as usize * capacity);
    let inputs: &[f64] = inputs;
    validate::check_inputs(inputs, capacity, count).map_err(BatchError::Input)?;
    let out = OutColumns { base: outputs.as_mut_ptr(), capacity, _borrow: PhantomData };
    let stride = path.as_ref().map_or(1, |p| p.stride_steps);

    let run = |range: Range<usize>, path_rows: &mut [f64]| {
        let mut rows = kernel::PathRows { data: path_rows, per_flight, first: range.start };
        let input = |i: usize| read_input(inputs, capacity, i);
        // SAFETY: i < count <= capacity, and ranges handed to tasks are disjoint.
        let mut write = |i: usize, o: &FlightOutput| unsafe { out.write(i, o) };
        // SAFETY: params passed `validate`; the table contract is this function's.
        unsafe { kernel::fly_range(range, params, &input, &mut rows, stride, &mut write) };
    };

    let chunk = BF_MIN_PARALLEL_CHUNK as usize;
    let parallel = pool.filter(|p| p.current_num_threads() > 1 && count >= 2 * chunk);
    let path_data: &mut [f64] = match path {
        Some(p) => &mut p.data[..count * per_flight],
        None => &mut [],
    };
    match parallel {
        None => run(0..count, path_data),
        Some(pool) => {
            // About 4 tasks per thread for load balance (flights differ in length).
            let tasks = pool.current_num_threads() * 4;
            let chunk = count.div_ceil(tasks).max(chunk);
            let ranges = move |c: usize| c * chunk..((c + 1) * chunk).min(count);
            pool.install(|| {
                if per_flight == 0 {
                    (0..count.div_ceil(chunk)).into_par_iter().for_each(|c| run(ranges(c), &mut []));
                } else {
                    path_data.par_chunks_mut(chunk * per_flight).enumerate().for_each(|(c, rows)| run(ranges(c), rows));
                }
            });
        }
    }
    Ok(())
}

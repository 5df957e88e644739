//! The C ABI. Every entry point validates its pointers and sizes, catches panics (a panic
//! crossing into the JVM would abort it) and reports failures as an error code plus a
//! thread-local message readable with `bf_last_error`.

use crate::batch::{self, BatchError, PathOut};
use crate::columns::{BF_COLUMN_COUNT, BF_PATH_FIELDS};
use crate::params::BfParams;
use crate::pool;
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Version of this C ABI; the Java side refuses a library reporting another value.
pub const BF_ABI_VERSION: u32 = 3;

/// Success.
pub const BF_OK: i32 = 0;
/// A required pointer was null.
pub const BF_ERR_NULL_POINTER: i32 = 1;
/// A pointer was not aligned to 8 bytes.
pub const BF_ERR_MISALIGNED: i32 = 2;
/// A count, capacity or buffer size was out of range.
pub const BF_ERR_BAD_SIZE: i32 = 3;
/// A `BfParams` field was out of range.
pub const BF_ERR_BAD_PARAMS: i32 = 4;
/// An input column held a forbidden value (NaN, infinity, negative drag, ...).
pub const BF_ERR_BAD_INPUT: i32 = 5;
/// The requested thread count was refused or the pool could not start.
pub const BF_ERR_THREADS: i32 = 6;
/// The kernel panicked (a bug); the message holds the panic text.
pub const BF_ERR_PANIC: i32 = 7;

thread_local! {
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

fn set_error(code: i32, message: String) -> i32 {
    LAST_ERROR.with(|e| *e.borrow_mut() = message);
    code
}

/// Runs `f` with panics turned into `BF_ERR_PANIC`.
fn guarded(f: impl FnOnce() -> Result<(), (i32, String)>) -> i32 {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => BF_OK,
        Ok(Err((code, message))) => set_error(code, message),
        Err(payload) => {
            let text = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic payload".into());
            set_error(BF_ERR_PANIC, format!("native kernel panicked: {text}"))
        }
    }
}

/// Copies `text` into `buf` (NUL-terminated, truncated to `len - 1` bytes) if `buf` is usable;
/// returns the full length in bytes without the NUL.
///
/// # Safety
/// `buf` is null or valid for `len` bytes of writes.
unsafe fn copy_out(text: &str, buf: *mut u8, len: i64) -> i64 {
    let bytes = text.as_bytes();
    if !buf.is_null() && len > 0 {
        let n = bytes.len().min(len as usize - 1);
        // SAFETY: the caller guarantees `len` writable bytes; n + 1 <= len.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf, n);
            *buf.add(n) = 0;
        }
    }
    bytes.len() as i64
}

/// Returns [`BF_ABI_VERSION`].
#[unsafe(no_mangle)]
pub extern "C" fn bf_abi_version() -> u32 {
    BF_ABI_VERSION
}

/// Copies the message of the last failed call on this thread into `buf` (NUL-terminated,
/// truncated to `len - 1` bytes; `buf` may be null to ask for the length) and returns its full
/// length in bytes, 0 if no call has failed.
///
/// # Safety
/// `buf` is null or valid for `len` bytes of writes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bf_last_error(buf: *mut u8, len: i64) -> i64 {
    catch_unwind(|| {
        LAST_ERROR.with(|e| {
            let message = e.borrow();
            // SAFETY: forwarded from this function's contract.
            unsafe { copy_out(&message, buf, len) }
        })
    })
    .unwrap_or(0)
}

/// One line describing the build: crate version, ABI, target and the SIMD target features
/// compiled in. Same buffer contract as [`bf_last_error`].
///
/// # Safety
/// `buf` is null or valid for `len` bytes of writes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bf_build_info(buf: *mut u8, len: i64) -> i64 {
    catch_unwind(|| {
        let info = crate::build_info::describe();
        // SAFETY: forwarded from this function's contract.
        unsafe { copy_out(&info, buf, len) }
    })
    .unwrap_or(0)
}

/// Sets the number of threads later `bf_integrate` calls use: 1 = the calling thread only
/// (the default), 0 = one per core, up to `BF_MAX_THREADS`. Uses a pool owned by the library,
/// never rayon's global pool.
#[unsafe(no_mangle)]
pub extern "C" fn bf_set_threads(threads: i32) -> i32 {
    guarded(|| pool::set_threads(threads).map(|_| ()).map_err(|m| (BF_ERR_THREADS, m)))
}

/// Threads used per `bf_integrate` call.
#[unsafe(no_mangle)]
pub extern "C" fn bf_thread_count() -> i32 {
    catch_unwind(pool::thread_count).map_or(1, |n| n as i32)
}

fn check_pointer(name: &str, p: *const u8) -> Result<(), (i32, String)> {
    if p.is_null() {
        return Err((BF_ERR_NULL_POINTER, format!("{name} is a null pointer")));
    }
    if (p as usize) % 8 != 0 {
        return Err((BF_ERR_MISALIGNED, format!("{name} = {p:p} is not aligned to 8 bytes")));
    }
    Ok(())
}

fn size_error(message: String) -> (i32, String) {
    (BF_ERR_BAD_SIZE, message)
}

/// Integrates flights `0..count` of the struct-of-arrays batch at `batch` in place: column `c`
/// (`BF_COL_*`) of flight `i` is `batch[c * capacity + i]`, `BF_COLUMN_COUNT * capacity` doubles
/// in all. Inputs are read, outputs written. If `path` is not null, up to `path_samples` samples
/// of (t, x, y, z) per flight are written to `path[(flight * path_samples + sample) * 4 + field]`,
/// one every `path_stride` steps plus the start and end; `path_flights` must be >= `count`.
/// Returns `BF_OK` or a `BF_ERR_*` code (message from `bf_last_error`).
///
/// # Safety
/// `batch` is valid for reads and writes of `BF_COLUMN_COUNT * capacity` doubles, `params`
/// points to a `BfParams` whose table (drag model `BF_DRAG_TABLE`) is valid for reads of
/// `table_speed_count * table_spin_count` doubles, and a non-null `path` is valid for
/// `path_flights * path_samples * 4` doubles; nothing else touches them during the call.
/// Overlaps between batch, path and table are refused (`BF_ERR_BAD_SIZE`), not assumed away.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn bf_integrate(
    batch: *mut f64,
    capacity: i64,
    count: i64,
    params: *const BfParams,
    path: *mut f64,
    path_flights: i64,
    path_samples: i64,
    path_stride: i64,
) -> i32 {
    guarded(|| {
        check_pointer("batch", batch.cast())?;
        check_pointer("params", params.cast())?;
        if capacity < 1 {
            return Err(size_error(format!("capacity = {capacity} must be >= 1")));
        }
        if count < 1 {
            return Err(size_error(format!("count = {count}: the batch is empty, add at least one flight")));
        }
        if count > capacity {
            return Err(size_error(format!("count = {count} exceeds capacity = {capacity}")));
        }
        let batch_len = byte_checked(capacity, BF_COLUMN_COUNT as i64)
            .ok_or_else(|| size_error(format!("capacity = {capacity} is too large")))?;
        // SAFETY: non-null and aligned (checked), readable per the caller's contract.
        let params = unsafe { *params };
        let path_len = if path.is_null() {
            0
        } else {
            check_pointer("path", path.cast())?;
            if path_flights < count {
                return Err(size_error(format!("path buffer holds {path_flights} flights but the batch has {count}")));
            }
            if path_samples < 2 || path_stride < 1 {
                return Err(size_error(format!(
                    "path needs path_samples >= 2 and path_stride >= 1, got {path_samples} and {path_stride}"
                )));
            }
            byte_checked(path_flights, path_samples)
                .and_then(|n| byte_checked(n as i64, BF_PATH_FIELDS as i64))
                .ok_or_else(|| size_error(format!("path of {path_flights} x {path_samples} samples is too large")))?
        };
        // A `&mut` slice must not alias anything else the call reads or writes.
        let batch_span =
            span(batch as usize, batch_len).ok_or_else(|| size_error("batch wraps the address space".into()))?;
        let path_span = if path_len > 0 {
            Some(span(path as usize, path_len).ok_or_else(|| size_error("path wraps the address space".into()))?)
        } else {
            None
        };
        if path_span.is_some_and(|p| overlaps(batch_span, p)) {
            return Err(size_error("path buffer overlaps the batch".into()));
        }
        params.validate().map_err(|m| (BF_ERR_BAD_PARAMS, m))?;
        if let Some(table) = params.table_span() {
            if overlaps(table, batch_span) {
                return Err(size_error("params.table overlaps the batch".into()));
            }
            if path_span.is_some_and(|p| overlaps(table, p)) {
                return Err(size_error("params.table overlaps the path buffer".into()));
            }
        }
        // SAFETY: valid and exclusively ours for the call per the contract; sizes checked above.
        let batch_slice = unsafe { std::slice::from_raw_parts_mut(batch, batch_len) };
        let path_out = if path_len == 0 {
            None
        } else {
            Some(PathOut {
                // SAFETY: as above; disjoint from the batch (checked).
                data: unsafe { std::slice::from_raw_parts_mut(path, path_len) },
                samples_per_flight: path_samples as usize,
                stride_steps: path_stride,
            })
        };
        let pool = pool::current();
        // SAFETY: the table is readable and disjoint from both slices (contract and checks above).
        unsafe {
            batch::integrate(batch_slice, capacity as usize, count as usize, &params, path_out, pool.as_deref())
                .map_err(|e| match e {
                    BatchError::Size(m) => (BF_ERR_BAD_SIZE, m),
                    BatchError::Params(m) => (BF_ERR_BAD_PARAMS, m),
                    BatchError::Input(m) => (BF_ERR_BAD_INPUT, m),
                })
        }
    })
}

/// Bytes `[start, end)` of `len` doubles at `start`, `None` if it wraps.
fn span(start: usize, len: usize) -> Option<(usize, usize)> {
    Some((start, start.checked_add(len.checked_mul(8)?)?))
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// `a * b` doubles as an element count whose byte size fits in `isize`.
fn byte_checked(a: i64, b: i64) -> Option<usize> {
    let n = a.checked_mul(b)?;
    let bytes = n.checked_mul(8)?;
    if n < 0 || bytes > isize::MAX as i64 { None } else { usize::try_from(n).ok() }
}

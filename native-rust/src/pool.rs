//! The kernel's own rayon pool (never the global one), so the Java side decides how many native
//! threads run next to its own. Default: 1 thread, i.e. every flight runs on the calling thread
//! until `bf_set_threads` asks for more.

use rayon::{ThreadPool, ThreadPoolBuilder};
use std::sync::{Arc, Mutex, MutexGuard};

/// Largest thread count `bf_set_threads` accepts.
pub const BF_MAX_THREADS: i32 = 1024;

struct PoolState {
    threads: usize,
    pool: Option<Arc<ThreadPool>>,
}

static STATE: Mutex<PoolState> = Mutex::new(PoolState { threads: 1, pool: None });

fn state() -> MutexGuard<'static, PoolState> {
    // A panic while holding the lock cannot leave the state half-written; keep using it.
    STATE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Uses `n` threads for later calls (`0` = all cores as reported by the OS); returns the count.
pub fn set_threads(n: i32) -> Result<usize, String> {
    if !(0..=BF_MAX_THREADS).contains(&n) {
        return Err(format!("thread count = {n} is out of range: allowed 0 (all cores) to {BF_MAX_THREADS}"));
    }
    let threads = if n == 0 { std::thread::available_parallelism().map_or(1, |c| c.get()) } else { n as usize };
    let pool = if threads == 1 {
        None
    } else {
        let built = ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("ballflight-{i}"))
            .build()
            .map_err(|e| format!("cannot start {threads} native threads: {e}"))?;
        Some(Arc::new(built))
    };
    let mut s = state();
    s.threads = threads;
    s.pool = pool;
    Ok(threads)
}

/// Threads used per call.
pub fn thread_count() -> usize {
    state().threads
}

/// The pool for a call (`None` = run on the calling thread). A caller keeps its `Arc` while it
/// runs, so a concurrent `set_threads` never pulls the pool from under it.
pub fn current() -> Option<Arc<ThreadPool>> {
    state().pool.clone()
}

//! What the library was compiled for: reported by `bf_build_info` so `ballflight info` can say
//! which SIMD level the native kernel actually uses: the features compiled in, and whether the
//! lane kernel runs its AVX2 copy (chosen at run time on x86-64).

/// Target features this build was compiled with, among those that matter for the kernel.
fn simd_features() -> Vec<&'static str> {
    let mut f = Vec::new();
    macro_rules! probe {
        ($($name:tt),*) => { $( if cfg!(target_feature = $name) { f.push($name); } )* };
    }
    probe!("sse2", "sse4.1", "avx", "avx2", "fma", "avx512f", "neon", "sve");
    f
}

/// One line: version, ABI, target, SIMD features.
pub fn describe() -> String {
    let features = simd_features();
    format!(
        "ballflight {} abi {} {}-{} simd [{}] lanes {} x f64{}",
        env!("CARGO_PKG_VERSION"),
        crate::ffi::BF_ABI_VERSION,
        std::env::consts::OS,
        std::env::consts::ARCH,
        if features.is_empty() { "none".to_string() } else { features.join(",") },
        crate::kernel::BF_LANES,
        if crate::kernel::uses_avx2() && !cfg!(target_feature = "avx2") { " (avx2 detected at run time)" } else { "" }
    )
}

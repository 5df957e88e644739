//! Fails when the committed `include/ballflight.h` is not what cbindgen generates from the
//! current sources, so the header (the contract the Java bindings are tested against) never
//! goes stale. Uses the pinned cbindgen crate, so no cbindgen binary has to be installed.

use std::path::Path;

const BLESS: &str = "BALLFLIGHT_BLESS_HEADER";

#[test]
fn committed_header_matches_the_sources() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("read cbindgen.toml");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_config(config)
        .with_src(dir.join("src/lib.rs"))
        .generate()
        .expect("cbindgen cannot parse the crate")
        .write(&mut generated);
    let generated = String::from_utf8(generated).expect("header is UTF-8");
    let header = dir.join("include/ballflight.h");
    if std::env::var_os(BLESS).is_some() {
        std::fs::write(&header, &generated).expect("write include/ballflight.h");
        return;
    }
    // A Windows checkout may have turned the newlines into CRLF; the content is what counts.
    let committed = std::fs::read_to_string(&header).unwrap_or_default().replace("\r\n", "\n");
    assert!(
        committed == generated,
        "include/ballflight.h is stale or missing: regenerate it with \
         `{BLESS}=1 cargo test --locked --test header` in native-rust/ and commit it"
    );
}

//! The `tongji` command-line tool (being written).
fn main() {}

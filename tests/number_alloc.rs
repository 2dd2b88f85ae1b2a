//! The extractor calls `parse_value` millions of times, so its successful
//! paths must not allocate. A counting allocator checks that, per thread so
//! that tests running in parallel do not disturb the count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use tongji::number::parse_value;
use tongji::parse_number;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialized thread-local without a destructor, so
// touching it never allocates or re-enters the allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn successful_parses_do_not_allocate() {
    // The counter works: an error message is a String.
    assert!(allocations_during(|| assert!(parse_number("两岸").is_err())) > 0);
    let inputs = [
        "21800",
        "2.18万",
        "1,260,582",
        "２１８００",
        "两万一千八百",
        "一千二百三十四万五千六百七十八",
        "兩千 四 百 五",
        "二〇二三",
        "4.78万亿",
        "负十二点五",
        "三万四",
    ];
    for input in inputs {
        let n = allocations_during(|| {
            assert!(parse_value(input).is_ok(), "{input}");
        });
        assert_eq!(n, 0, "parse_value({input:?}) allocated {n} times");
    }
    for input in [
        "25%",
        "百分之二十五",
        "第十二",
        "三分之一",
        "七成五",
        "3.5个百分点",
    ] {
        let n = allocations_during(|| {
            assert!(parse_number(input).is_ok(), "{input}");
        });
        assert_eq!(n, 0, "parse_number({input:?}) allocated {n} times");
    }
}

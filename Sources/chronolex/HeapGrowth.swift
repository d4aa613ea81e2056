#if canImport(Glibc)
import Glibc
#endif

/// How glibc's `malloc` grows its heaps, for the commands that build large trees on
/// several threads (`diff`).
///
/// A thread other than the process's main thread allocates from an arena of its own, a
/// heap of 64 MB reserved without access and opened with `mprotect` as it grows — a page
/// or two at a time: `diff` of two 5 MB versions made about 5,500 `mprotect` calls
/// (`strace -f -c`), each a change of the process's memory map, most of them on the two
/// reading threads. With a top pad of 64 MB, an arena made from now on opens its whole
/// heap at once, and the calling thread's heap, made before, is opened by 30 MB in one
/// step (a block that size allocated and freed: the pad keeps it from being trimmed).
/// Address space only: pages are still given one by one as they are first touched, so
/// the resident memory is the same.
enum HeapGrowth {
    /// Sets the pad, for every thread and arena, and opens the calling thread's heap.
    static func padHeaps() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not import.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        guard mallopt(topPadParameter, 64 << 20) == 1 else { return }
        // A block of 30 MB from the heap, not mapped apart: the threshold raised for it
        // (32 MB is glibc's largest), then set back to glibc's default.
        // Through `dlsym` too: the optimiser drops a `malloc` whose block is only freed.
        guard let allocate = dlsym(nil, "malloc"), let release = dlsym(nil, "free"),
              mallopt(mmapThresholdParameter, 32 << 20) == 1 else { return }
        let block = unsafeBitCast(allocate, to: (@convention(c) (Int) -> UnsafeMutableRawPointer?).self)(30 << 20)
        unsafeBitCast(release, to: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self)(block)
        _ = mallopt(mmapThresholdParameter, 128 << 10)
        #endif
    }

    /// glibc's `M_TOP_PAD` and `M_MMAP_THRESHOLD`.
    private static let topPadParameter: Int32 = -2
    private static let mmapThresholdParameter: Int32 = -3
}

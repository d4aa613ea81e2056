import ChronolexModel
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// How glibc's `malloc` grows its heaps, and the pages it gets from Linux, for every
/// command but `serve`: large acts make large trees, on several threads.
///
/// **Heaps opened in large steps.** A thread other than the process's first allocates
/// from an arena of its own, a heap of 64 MB reserved without access and opened with
/// `mprotect` as it grows — a page or two at a time: `diff` of two 5 MB versions made about
/// 5,500 `mprotect` calls (`strace -f -c`), each a change of the process's memory map, most
/// of them on the two reading threads. With a top pad of 64 MB, a heap made from now on is
/// opened whole at once; the calling thread's heap, made before and not padded as it grows,
/// is opened by two blocks of 30 MB allocated and freed (`edits` of the bench's 100,000
/// instructions: 8,600 calls of one page each → 1,040). Address space only: pages are still
/// given as they are first touched.
///
/// **Huge pages for those heaps.** With pages of 4 KB, every first touch of a heap is a
/// page fault: `diff` of the two 5 MB versions took 15,000 of them, `parse` of a 30 MB act
/// 9,700 (`perf stat`), an eighth of `diff`'s samples in `perf`. Each heap opened above is
/// marked for transparent huge pages (`madvise(MADV_HUGEPAGE)`), with the part of it still
/// reserved: the calling thread's here, each ``SideThread``'s as it starts. Pages of 2 MB:
/// about 2,400 faults for the same `diff`, 2,200 for the same `parse`. On a system whose
/// transparent huge pages are `madvise` (this machine's setting; see
/// `/sys/kernel/mm/transparent_hugepage/enabled`) only marked memory gets them; where they
/// are `never`, or the kernel has none free, the mark changes nothing. Resident memory
/// grows a little (a huge page is held whole: `parse` of the 30 MB act 55 → 62 MB, `diff`
/// 78 → 90 MB). Only the first heap of an arena is marked: one that outgrows it (`edits` of
/// the bench act, 200 MB) goes on in 4 KB pages beyond (48,000 faults → 27,400).
enum HeapGrowth {
    /// Sets the pad, for every thread and arena, opens the calling thread's heap, and
    /// marks it, and the heap of every side thread started from now on, for huge pages.
    static func padHeaps() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not import.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        guard mallopt(topPadParameter, 64 << 20) == 1 else { return }
        // Blocks of 30 MB from the heap, not mapped apart: the threshold raised for them
        // (32 MB is glibc's largest), then set back to glibc's default.
        // Through `dlsym` too: the optimiser drops a `malloc` whose block is only freed.
        guard let allocate = dlsym(nil, "malloc"), let release = dlsym(nil, "free"),
              mallopt(mmapThresholdParameter, 32 << 20) == 1 else { return }
        // Two such blocks: a thread's heap is not padded as it grows (only a new heap is),
        // so the room opened now is all it gets in one step; 60 MB of its 64.
        let blocks = (0..<2).map { _ in unsafeBitCast(allocate, to: (@convention(c) (Int) -> UnsafeMutableRawPointer?).self)(30 << 20) }
        for block in blocks { if let block { adviseHugePages(mappingOf: block) } }
        for block in blocks { unsafeBitCast(release, to: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self)(block) }
        _ = mallopt(mmapThresholdParameter, 128 << 10)
        SideThreads.prologue = {
            guard let block = malloc(16) else { return }
            adviseHugePages(mappingOf: block)
            free(block)
        }
        #endif
    }

    /// Marks the whole mapping that holds `address` (a thread's heap, found from a block
    /// allocated on that thread), as `/proc/self/maps` lists it, for transparent huge pages;
    /// and the mapping right after it when it is the rest of that heap, reserved without
    /// access (`---p`, no file): opened later by `mprotect`, it keeps the mark. The file is
    /// read as bytes: split into `String` lines and characters, it cost 2.5 % of a `diff`'s
    /// instructions (once per thread; callgrind).
    static func adviseHugePages(mappingOf address: UnsafeRawPointer) {
        #if os(Linux)
        let target = UInt(bitPattern: address)
        let maps = procBytes("/proc/self/maps")
        var marked: UInt?
        var lineStart = 0
        while lineStart < maps.count {
            let lineEnd = maps[lineStart...].firstIndex(of: 0x0A) ?? maps.count
            let line = maps[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard let (start, end) = mappingBounds(line) else { continue }
            if let heapEnd = marked {
                if start == heapEnd, isReservedWithoutFile(line) {
                    _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), adviceHugePage)
                }
                return
            }
            guard start <= target, target < end else { continue }
            _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), adviceHugePage)
            marked = end
        }
        #endif
    }

    /// True for a line of `/proc/self/maps` of five fields (no file) whose permissions are
    /// `---p`: memory reserved without access.
    static func isReservedWithoutFile<Bytes: Collection>(_ line: Bytes) -> Bool where Bytes.Element == UInt8 {
        let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        return fields.count == 5 && fields[1].elementsEqual("---p".utf8)
    }

    /// The addresses a line of `/proc/self/maps` or `/proc/self/smaps` opens with
    /// (`7f37bc000000-7f37c0000000 rw-p …`): hexadecimal digits, a dash, hexadecimal digits,
    /// a space; `nil` for any other line.
    static func mappingBounds<Bytes: Collection>(_ line: Bytes) -> (start: UInt, end: UInt)? where Bytes.Element == UInt8 {
        var index = line.startIndex
        func hexadecimal(until stop: UInt8) -> UInt? {
            var value: UInt = 0
            var digits = 0
            while index != line.endIndex, line[index] != stop {
                let byte = line[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                digits += 1
                guard digits <= UInt.bitWidth / 4 else { return nil }
                value = value << 4 | UInt(digit)
                index = line.index(after: index)
            }
            guard digits > 0, index != line.endIndex else { return nil }
            index = line.index(after: index)
            return value
        }
        guard let start = hexadecimal(until: UInt8(ascii: "-")), let end = hexadecimal(until: UInt8(ascii: " ")) else { return nil }
        return (start, end)
    }

    /// A file of `/proc`, read to its end: its size is 0 to `stat`, and Foundation's
    /// `String(contentsOfFile:)` stops after its first 4 KB.
    static func procFile(_ path: String) -> String {
        String(decoding: procBytes(path), as: UTF8.self)
    }

    /// The bytes of a file of `/proc`, read to its end.
    static func procBytes(_ path: String) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return bytes
    }

    /// glibc's `M_TOP_PAD` and `M_MMAP_THRESHOLD`, Linux's `MADV_HUGEPAGE` (not exported by
    /// the Glibc module).
    private static let topPadParameter: Int32 = -2
    private static let mmapThresholdParameter: Int32 = -3
    private static let adviceHugePage: Int32 = 14
}

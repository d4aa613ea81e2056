@testable import chronolex
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14: the heaps that hold an act's tree are marked for transparent huge pages
/// (``HeapGrowth``). The mark is the kernel's: `/proc/self/smaps` lists `hg` among the
/// mapping's flags.
@Suite("Heaps marked for huge pages")
struct HeapGrowthTests {
    /// The `VmFlags` of the mapping of `/proc/self/smaps` that holds `address`.
    static func flags(ofMappingHolding address: UnsafeRawPointer) -> [Substring]? {
        let smaps = HeapGrowth.procFile("/proc/self/smaps")
        let target = UInt(bitPattern: address)
        var inside = false
        for line in smaps.split(separator: "\n") {
            if let (start, end) = HeapGrowth.mappingBounds(line.utf8) {
                inside = start <= target && target < end
            } else if inside, line.hasPrefix("VmFlags:") {
                return line.dropFirst("VmFlags:".count).split(separator: " ")
            }
        }
        return nil
    }

    /// Huge pages exist on this machine and may be asked for (`madvise` or `always`).
    static var hugePagesAvailable: Bool {
        guard let mode = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8) else { return false }
        return !mode.contains("[never]")
    }

    @Test(.enabled(if: hugePagesAvailable, "transparent huge pages are off or absent on this machine"))
    func theMappingOfABlockIsMarked() throws {
        // A block of 8 MB: a mapping of its own, not marked before.
        let block = try #require(malloc(8 << 20))
        defer { free(block) }
        let before = try #require(Self.flags(ofMappingHolding: block))
        #expect(!before.contains("hg"))
        HeapGrowth.adviseHugePages(mappingOf: block)
        let after = try #require(Self.flags(ofMappingHolding: block))
        #expect(after.contains("hg"), "VmFlags: \(after.joined(separator: " "))")
    }

    @Test(.enabled(if: hugePagesAvailable, "transparent huge pages are off or absent on this machine"))
    func theRestOfAHeapReservedWithoutAccessIsMarkedToo() throws {
        // A heap as glibc makes one for a thread: 8 MB reserved without access, its first
        // 2 MB opened; then the rest opened by `mprotect`, as the heap grows.
        let size = 8 << 20
        let reserve = try #require(mmap(nil, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(reserve != MAP_FAILED)
        defer { munmap(reserve, size) }
        #expect(mprotect(reserve, 2 << 20, PROT_READ | PROT_WRITE) == 0)
        HeapGrowth.adviseHugePages(mappingOf: reserve)
        let rest = reserve + (6 << 20)
        #expect(try #require(Self.flags(ofMappingHolding: reserve)).contains("hg"))
        #expect(try #require(Self.flags(ofMappingHolding: rest)).contains("hg"))
        #expect(mprotect(reserve + (2 << 20), size - (2 << 20), PROT_READ | PROT_WRITE) == 0)
        #expect(try #require(Self.flags(ofMappingHolding: rest)).contains("hg"))
    }

    @Test func procFilesAreReadWhole() {
        // Foundation's `String(contentsOfFile:)` stops after 4 KB; the maps of this test
        // process (its libraries, its threads) are longer.
        let maps = HeapGrowth.procFile("/proc/self/maps")
        #expect(maps.utf8.count > 4096)
        #expect(maps.hasSuffix("\n"))
        #expect(maps.contains("[stack]"))
    }

    /// A line of `/proc/self/maps` read as bytes: its two addresses, and whether it is
    /// memory reserved without access and without a file.
    @Test func linesOfTheMaps() {
        let heap = "7f37bc000000-7f37c0000000 rw-p 00000000 00:00 0 "
        #expect(HeapGrowth.mappingBounds(heap.utf8).map { [$0.start, $0.end] } == [0x7f37_bc00_0000, 0x7f37_c000_0000])
        #expect(HeapGrowth.mappingBounds("7F37BC000000-7F37C0000000 ---p 0 00:00 0".utf8).map { [$0.start, $0.end] } == [0x7f37_bc00_0000, 0x7f37_c000_0000])
        for line in ["", "-", "7f-", "7f-8", "-8 rw-p", "7f 8-9 rw-p", "7g-8 rw-p", "7f-8g rw-p", "VmFlags: rd wr mr", "11111111111111111-2 rw-p"] {
            #expect(HeapGrowth.mappingBounds(line.utf8) == nil, "\(line)")
        }
        #expect(HeapGrowth.mappingBounds("7f-8 ".utf8).map { [$0.start, $0.end] } == [0x7f, 0x8])
        #expect(HeapGrowth.isReservedWithoutFile("7f37c0000000-7f37c4000000 ---p 00000000 00:00 0 ".utf8))
        #expect(!HeapGrowth.isReservedWithoutFile("7f37c0000000-7f37c4000000 rw-p 00000000 00:00 0 ".utf8))
        #expect(!HeapGrowth.isReservedWithoutFile("7f37c0000000-7f37c4000000 ---p 00000000 fe:00 12 /usr/lib/libc.so.6".utf8))
        // Every mapping line of this process's maps is read, and none of its other lines.
        let maps = HeapGrowth.procFile("/proc/self/maps").split(separator: "\n")
        #expect(!maps.isEmpty)
        #expect(maps.allSatisfy { HeapGrowth.mappingBounds($0.utf8).map { $0.start < $0.end } == true })
    }

    @Test func anAddressOutsideEveryMappingChangesNothing() {
        // Page 1 is never mapped: no mapping holds it, nothing is marked, nothing breaks.
        HeapGrowth.adviseHugePages(mappingOf: UnsafeRawPointer(bitPattern: 4096)!)
        #expect(Self.flags(ofMappingHolding: UnsafeRawPointer(bitPattern: 4096)!) == nil)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where renderers write: UTF-8 bytes gathered in a buffer of about 64 KB, handed to a file
/// descriptor each time it fills (the command line's standard output), or kept whole
/// (tests, the server). A renderer that writes to a sink never holds its whole output:
/// memory stays bounded by the buffer, whatever the size of the act.
///
/// Call ``flush()`` when done writing to a descriptor (it is also called on deinit).
/// A write that fails (a closed pipe, a full disk) sets ``failed`` and drops what follows.
public final class OutputSink: TextOutputStream {
    /// The buffer's size: a write reaches the descriptor once this much is gathered.
    public static let capacity = 1 << 16

    // The bytes live in memory of our own, not in an Array: a class's stored array is
    // checked for exclusive access at run time on every append, which cost more than the
    // append itself. Everything here is private, so that the optimiser sees every access.
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var allocated: Int
    private let descriptor: Int32?
    /// A write to the descriptor failed (errno kept in ``failure``).
    public private(set) var failed = false
    public private(set) var failure: Int32 = 0

    /// A sink that writes to `descriptor` (1: standard output) in chunks of ``capacity``.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        allocated = Self.capacity
        storage = .allocate(capacity: allocated)
    }

    /// A sink that keeps everything written (``text``, ``bytes``).
    public init() {
        descriptor = nil
        allocated = 4096
        storage = .allocate(capacity: allocated)
    }

    /// A sink on standard output.
    public static func standardOutput() -> OutputSink { OutputSink(descriptor: 1) }

    deinit {
        flush()
        storage.deallocate()
    }

    /// What was written, for a collecting sink (for a descriptor: what is not yet flushed).
    public var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self) }
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    public func write(_ string: String) {
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    /// A literal (`null`, `true`), its bytes written as they are, without making a `String`.
    public func write(_ literal: StaticString) {
        literal.withUTF8Buffer { write(bytes: $0) }
    }

    public func write(_ string: Substring) {
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    public func write(byte: UInt8) {
        if count == allocated { makeRoom(1) }
        storage[count] = byte
        count += 1
    }

    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > allocated { makeRoom(bytes.count) }
        if count + bytes.count > allocated {
            // Larger than the buffer, on a descriptor: straight through.
            put(UnsafeRawBufferPointer(bytes))
            return
        }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// `"name":` — a JSON object's key that needs no escaping, quoted, then its colon (and a
    /// space after it when `spaced`), with one look at the room left.
    package func write(jsonKey name: UnsafeBufferPointer<UInt8>, spaced: Bool) {
        let needed = name.count + (spaced ? 4 : 3)
        if count + needed > allocated { makeRoom(needed) }
        guard count + needed <= allocated else {
            // Larger than the buffer: piece by piece.
            write(byte: UInt8(ascii: "\""))
            write(bytes: name)
            write(byte: UInt8(ascii: "\""))
            write(byte: UInt8(ascii: ":"))
            if spaced { write(byte: UInt8(ascii: " ")) }
            return
        }
        storage[count] = UInt8(ascii: "\"")
        if let base = name.baseAddress, name.count > 0 { (storage + count + 1).update(from: base, count: name.count) }
        storage[count + 1 + name.count] = UInt8(ascii: "\"")
        storage[count + 2 + name.count] = UInt8(ascii: ":")
        if spaced { storage[count + 3 + name.count] = UInt8(ascii: " ") }
        count += needed
    }

    /// What a collecting sink holds (`other`, written apart), written here.
    public func write(contentsOf other: OutputSink) {
        write(bytes: UnsafeBufferPointer(start: other.storage, count: other.count))
    }

    public func write<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { write(byte: byte) }
    }

    /// A decimal integer, without making a `String`.
    public func write(int value: Int) {
        if count + 21 > allocated { makeRoom(21) }
        if value < 0 {
            storage[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 { probe /= 10; digits += 1 }
        var index = count + digits
        repeat {
            index -= 1
            storage[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    /// Room for `needed` more bytes: a descriptor's buffer is flushed, a collecting one grows.
    ///
    /// Never inlined: it is the rare path of every write, and inlined into a writer's loop
    /// (`JSONWriter`'s escaping) its writes of ``failed`` and ``failure`` were checked for
    /// exclusive access at run time on every call of the loop's function (callgrind of
    /// `edits`: 2.9 million `swift_beginAccess`).
    @inline(never)
    private func makeRoom(_ needed: Int) {
        if descriptor != nil {
            flush()
            return
        }
        var size = allocated
        while count + needed > size { size *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        allocated = size
    }

    /// Drops what is buffered and not yet written (a spool given up).
    public func discard() { count = 0 }

    /// Writes what is buffered to the descriptor (nothing for a collecting sink).
    public func flush() {
        guard descriptor != nil, count > 0 else { return }
        put(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
    }

    @inline(never)
    private func put(_ raw: UnsafeRawBufferPointer) {
        guard let descriptor, !failed else { return }
        var offset = 0
        while offset < raw.count {
            let written = unistd_write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                failure = errno
                return
            }
            offset += written
        }
    }
}

@inline(__always)
private func unistd_write(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.write(fd, pointer, count)
    #elseif canImport(Glibc)
    return Glibc.write(fd, pointer, count)
    #else
    return Musl.write(fd, pointer, count)
    #endif
}

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

    @usableFromInline var buffer: [UInt8]
    private let descriptor: Int32?
    /// A write to the descriptor failed (errno kept in ``failure``).
    public private(set) var failed = false
    public private(set) var failure: Int32 = 0

    /// A sink that writes to `descriptor` (1: standard output) in chunks of ``capacity``.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer = []
        buffer.reserveCapacity(Self.capacity + 4096)
    }

    /// A sink that keeps everything written (``text``, ``bytes``).
    public init() {
        descriptor = nil
        buffer = []
    }

    /// A sink on standard output.
    public static func standardOutput() -> OutputSink { OutputSink(descriptor: 1) }

    deinit { flush() }

    /// What was written, for a collecting sink (for a descriptor: what is not yet flushed).
    public var text: String { String(decoding: buffer, as: UTF8.self) }
    public var bytes: [UInt8] { buffer }

    @inlinable
    public func write(_ string: String) {
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    @inlinable
    public func write(_ string: Substring) {
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    @inlinable
    public func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= Self.capacity { handOn() }
    }

    @inlinable
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { handOn() }
    }

    public func write<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { handOn() }
    }

    /// A decimal integer, without making a `String`.
    public func write(int value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = buffer.count
        repeat {
            buffer.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        buffer[start...].reverse()
        if buffer.count >= Self.capacity { handOn() }
    }

    /// Hands the buffer on when it writes to a descriptor; a collecting sink keeps it.
    @usableFromInline
    func handOn() {
        if descriptor != nil { flush() }
    }

    /// Writes what is buffered to the descriptor (nothing for a collecting sink).
    public func flush() {
        guard let descriptor, !buffer.isEmpty else { return }
        if !failed {
            buffer.withUnsafeBytes { raw in
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
        buffer.removeAll(keepingCapacity: true)
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

/// A place in a source file, as a jurist would point at it: line from 1, column from 1
/// (counted in UTF-8 bytes, as compilers do).
///
/// Both are kept as 32-bit numbers (a file read is at most 256 MiB): a unit's range takes
/// 16 bytes, and every unit and sentence has one.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int = 1) {
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}

/// The stretch of its act's source file (``Act/file``) a unit was read from, end
/// exclusive. Units built in code (by an amendment, say) have no range.
///
/// The file is not repeated in every range: a range is two pairs of 32-bit integers,
/// copied without reference counting however many units and sentences an act has.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The range that covers both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public var description: String { "\(start)-\(end)" }
}

/// A JSON value with object keys in a fixed order, so that output is byte-identical
/// from run to run (no dictionary order).
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number with a fraction, written with six decimals (a ratio, a distance).
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized(pretty: false) == rhs.serialized(pretty: false) }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized(pretty: false)) }

    /// `nil` becomes `null`.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// The value as JSON text, indented by two spaces (compact with `pretty: false`),
    /// ending without a newline: what ``JSONWriter`` writes.
    public func serialized(pretty: Bool = true) -> String {
        let sink = OutputSink()
        write(to: sink, pretty: pretty)
        return sink.text
    }

    /// Writes the value to `sink` (no newline after it).
    public func write(to sink: OutputSink, pretty: Bool = false) {
        var writer = JSONWriter(sink: sink, pretty: pretty)
        writer.value(self)
    }
}

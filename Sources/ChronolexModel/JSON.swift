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

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// `nil` becomes `null`.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// The value as JSON text, indented by two spaces, ending without a newline.
    ///
    /// - Complexity: O(n) in the size of the output; an explicit stack, no recursion.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        // Work items: a value to write at an indent, or a literal to append.
        enum Item { case value(JSONValue, Int), literal(String) }
        var stack: [Item] = [.value(self, 0)]
        let newline = pretty ? "\n" : ""
        func indent(_ level: Int) -> String { pretty ? String(repeating: "  ", count: level) : "" }
        while let item = stack.popLast() {
            switch item {
            case .literal(let text): out += text
            case .value(let value, let level):
                switch value {
                case .null: out += "null"
                case .bool(let b): out += b ? "true" : "false"
                case .int(let n): out += String(n)
                case .number(let x): out += x.isFinite ? String(format: "%.6f", x) : "null"
                case .string(let s): JSONValue.escape(s, into: &out)
                case .array(let items):
                    if items.isEmpty { out += "[]"; continue }
                    out += "[" + newline
                    var pending: [Item] = []
                    for (index, element) in items.enumerated() {
                        pending.append(.literal(indent(level + 1)))
                        pending.append(.value(element, level + 1))
                        pending.append(.literal((index < items.count - 1 ? "," : "") + newline))
                    }
                    pending.append(.literal(indent(level) + "]"))
                    stack.append(contentsOf: pending.reversed())
                case .object(let members):
                    if members.isEmpty { out += "{}"; continue }
                    out += "{" + newline
                    var pending: [Item] = []
                    for (index, (key, element)) in members.enumerated() {
                        var keyText = indent(level + 1)
                        JSONValue.escape(key, into: &keyText)
                        pending.append(.literal(keyText + (pretty ? ": " : ":")))
                        pending.append(.value(element, level + 1))
                        pending.append(.literal((index < members.count - 1 ? "," : "") + newline))
                    }
                    pending.append(.literal(indent(level) + "}"))
                    stack.append(contentsOf: pending.reversed())
                }
            }
        }
        return out
    }

    static func escape(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

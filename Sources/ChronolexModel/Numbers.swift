/// Ordinal numbers as the texts write them: `1er`, `1ère`, `1re`, `premier`, `Ier`, `2e`.
public enum OrdinalNumber {
    /// The number as a citation writes it: `1er` → `1`, `1ère` → `1`, `Ier` → `I`,
    /// `premier` → `1`, `2bis` and `4/1` unchanged.
    public static func normalized<S: StringProtocol>(_ text: S) -> String {
        let value = String(text)
        switch value.lowercased() {
        case "premier", "première", "eerste": return "1"
        default: break
        }
        for suffix in ["ère", "er", "re", "e", "ème"] where value.count > suffix.count && value.hasSuffix(suffix) {
            let stem = value.dropLast(suffix.count)
            if stem.allSatisfy(\.isASCIIDigit) || (suffix == "er" && stem.allSatisfy({ "IVXLC".contains($0) })) {
                return String(stem)
            }
        }
        return value
    }

    /// The value of an ordinal word (`premier`, `deuxième`, …, `vingtième`) or spelled
    /// ordinal (`1er`, `2e`), or `nil`.
    public static func value(ofOrdinal word: String) -> Int? {
        let lower = word.lowercased()
        if let index = frenchOrdinals.firstIndex(of: lower.foldingFrenchAccents) { return index + 1 }
        let normalized = normalized(lower)
        return Int(normalized)
    }

    static let frenchOrdinals = ["premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme",
                                 "septieme", "huitieme", "neuvieme", "dixieme", "onzieme", "douzieme",
                                 "treizieme", "quatorzieme", "quinzieme", "seizieme", "dix-septieme",
                                 "dix-huitieme", "dix-neuvieme", "vingtieme"]
}

/// Article numbers in all their forms: `1er`, `2`, `2bis`, `2/1`, `155.1`, `L1122-30`,
/// `D.29-1`, `R.12`, `XI.172`, `1.1.1`.
public enum ArticleNumber {
    /// Latin multiplicative suffixes of older insertions, in order (`bis` = 2).
    public static let latinSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies",
                                "novies", "decies", "undecies", "duodecies", "terdecies", "quaterdecies",
                                "quindecies", "sexdecies", "septdecies", "duodevicies", "undevicies", "vicies"]

    /// The number as cited: `1er` → `1`, `premier` → `1`, everything else as written.
    public static func normalized<S: StringProtocol>(_ number: S) -> String {
        OrdinalNumber.normalized(number)
    }

    /// A key that orders numbers of the same form, or `nil` where the form has no
    /// order Chronolex can vouch for. `2` < `2bis` < `2ter` < `2/1` < `3`; `155` < `155.1`.
    /// The first element is the number's alphabetic prefix (`L`, `XI.`), which only
    /// numbers with the same prefix share.
    public static func orderKey(_ number: String) -> (prefix: String, parts: [Int])? {
        let value = normalized(number)
        var prefix = ""
        var index = value.startIndex
        while index < value.endIndex, !value[index].isASCIIDigit {
            prefix.append(value[index])
            index = value.index(after: index)
        }
        guard index < value.endIndex else { return nil }
        var parts: [Int] = []
        var digits = ""
        var letters = ""
        func flush() -> Bool {
            if !digits.isEmpty {
                guard let n = Int(digits.prefix(9)) else { return false }
                parts.append(n)
                digits = ""
            }
            if !letters.isEmpty {
                guard let rank = latinSuffixes.firstIndex(of: letters.lowercased()) else { return false }
                // A latin suffix sorts after the bare number and before `/1`-style insertions.
                parts.append(-1000 + rank)
                letters = ""
            }
            return true
        }
        for c in value[index...] {
            if c.isASCIIDigit {
                if !letters.isEmpty { guard flush() else { return nil } }
                digits.append(c)
            } else if c.isLetter {
                if !digits.isEmpty { guard flush() else { return nil } }
                letters.append(c)
            } else if c == "." || c == "/" || c == "-" {
                guard flush() else { return nil }
            } else {
                return nil
            }
        }
        guard flush() else { return nil }
        return (prefix, parts)
    }

    /// True when `later` is certainly numbered before `earlier` (same prefix, smaller key).
    public static func isOutOfOrder(_ later: String, after earlier: String) -> Bool {
        guard let a = orderKey(earlier), let b = orderKey(later), a.prefix == b.prefix else { return false }
        return b.parts.lexicographicallyPrecedes(a.parts) { lhs, rhs in
            // Latin suffixes (negative) sort after the bare number and before sub-numbers.
            sortValue(lhs) < sortValue(rhs)
        }
    }

    private static func sortValue(_ part: Int) -> Int { part < 0 ? part + 1000 : part * 100 + 99 }
}

import ChronolexModel
import Yams

/// Reads the YAML front matter of the seed format into ``ActMetadata``, through Yams.
/// Every value is read as text (no YAML type guessing): `2022-12-22` stays a string
/// until Chronolex reads it as a date itself and can say which key was wrong.
enum FrontMatterReader {
    /// - Parameters:
    ///   - yaml: the lines between the two `---`.
    ///   - firstLine: the file line of the first of them, for diagnostics.
    static func read(_ yaml: String, file: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> ActMetadata? {
        // Most front matters are `key: value` lines that YAML reads as written: read here,
        // without starting Yams (a third of the time of a small act's whole `parse`).
        if let pairs = simplePairs(yaml, firstLine: firstLine) {
            return metadata(pairs, file: file, diagnostics: &diagnostics)
        }
        return readWithYams(yaml, file: file, firstLine: firstLine, diagnostics: &diagnostics)
    }

    /// The front matter through Yams: any YAML, and the line-by-line reading when it is not
    /// YAML. ``read(_:file:firstLine:diagnostics:)`` comes here for what
    /// ``simplePairs(_:firstLine:)`` does not read; tests compare the two.
    static func readWithYams(_ yaml: String, file: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> ActMetadata? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            // Lex Iterata writes some values without escaping them (a title with inner
            // quotes, `title-fr: "… des " Trajets " …"`): not YAML, but still one
            // `key: value` per line, which is read as such, with a warning.
            let problem = describe(error, file: file, firstLine: firstLine)
            guard let pairs = lineByLine(yaml, firstLine: firstLine) else {
                diagnostics.append(problem)
                return nil
            }
            diagnostics.append(.warning(problem.message + "; read line by line, each value as written", file: file, line: problem.location?.line))
            return metadata(pairs, file: file, diagnostics: &diagnostics)
        } catch {
            diagnostics.append(.error("front matter is not YAML: \(error)", file: file, line: firstLine))
            return nil
        }
        guard let node else { return ActMetadata() }
        guard let mapping = node.mapping else {
            diagnostics.append(.error("front matter is not a list of 'key: value' lines", file: file, line: firstLine))
            return nil
        }
        var pairs: [(key: String, value: String?, line: Int)] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = firstLine + (keyNode.mark?.line ?? 1) - 1
            switch valueNode {
            case .scalar(let scalar):
                var text = scalar.string
                // YAML's escapes (« \e », « \a », « \0 ») write control characters, which
                // would act on a terminal when printed (look 42): read as spaces, and said.
                if ControlCharacters.occur(in: text) {
                    text = ControlCharacters.spaced(text)
                    diagnostics.append(.warning("front matter key '\(key)': control characters read as spaces (they are no text, and printed as they are they would act on a terminal)", file: file, line: line))
                }
                text = text.trimmingSpaces
                pairs.append((key, text.isEmpty || (text == "null" && scalar.style == .plain) || (text == "~" && scalar.style == .plain) ? nil : text, line))
            case .sequence(let sequence):
                pairs.append((key, sequence.compactMap(\.string).joined(separator: ", "), line))
            case .mapping, .alias:
                diagnostics.append(.error("front matter key '\(key)' has a nested value; a text was expected", file: file, line: line))
            }
        }
        return metadata(pairs, file: file, diagnostics: &diagnostics)
    }

    /// The pairs of a front matter whose every line is `key: value` with a value YAML reads
    /// as written: a plain value that starts with no YAML indicator and holds no « : » or
    /// « # » after a space, or a double-quoted value with no escape and no other quote
    /// inside; no key twice, no indented line. `nil` for anything else (Yams decides).
    ///
    /// - Complexity: O(n) in the front matter's length.
    static func simplePairs(_ yaml: String, firstLine: Int) -> [(key: String, value: String?, line: Int)]? {
        var pairs: [(key: String, value: String?, line: Int)] = []
        var keys = Set<String>()
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            // Characters YAML refuses or reads as line breaks (controls, NEL, LS, PS, a BOM).
            guard !line.unicodeScalars.contains(where: Self.isUnusual), let colon = line.firstIndex(of: ":") else { return nil }
            let key = String(line[..<colon])
            guard isKey(key), keys.insert(key).inserted else { return nil }
            let rest = line[line.index(after: colon)...]
            guard rest.isEmpty || rest.first == " " else { return nil }
            let value = rest.trimmingSpaces
            if value.isEmpty || value == "null" || value == "~" {
                pairs.append((key, nil, firstLine + offset))
                continue
            }
            if value.first == "\"" {
                let inner = value.dropFirst()
                guard inner.last == "\"", !inner.dropLast().contains("\""), !inner.contains("\\") else { return nil }
                let text = String(inner.dropLast()).trimmingSpaces
                pairs.append((key, text.isEmpty ? nil : text, firstLine + offset))
                continue
            }
            guard let head = value.first, !"'[]{}&*!|>%@`#?,\"".contains(head), !(head == "-" && (value.count == 1 || value.dropFirst().first == " ")),
                  !value.contains(": "), !value.contains(" #"), !value.hasSuffix(":") else { return nil }
            pairs.append((key, value, firstLine + offset))
        }
        return pairs
    }

    /// A key of the front matter: a letter, then letters, figures, `-` and `_` (`title-fr`).
    private static func isKey(_ key: String) -> Bool {
        guard let first = key.first, first.isLetter else { return false }
        return key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// A control character (tab included), NEL, LS, PS, a byte order mark or a non-character.
    private static func isUnusual(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF
    }

    /// The lines as `key: value` pairs, a value in double quotes taken from inside them as
    /// written; `nil` when a line is not of that form.
    static func lineByLine(_ yaml: String, firstLine: Int) -> [(key: String, value: String?, line: Int)]? {
        var pairs: [(key: String, value: String?, line: Int)] = []
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingSpaces
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let key = String(text[..<colon])
            guard isKey(key) else { return nil }
            var value = String(text[text.index(after: colon)...]).trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            pairs.append((key, value.isEmpty ? nil : value, firstLine + offset))
        }
        return pairs
    }

    /// The metadata from the front matter's pairs, each value read as its key says.
    static func metadata(_ pairs: [(key: String, value: String?, line: Int)], file: String, diagnostics: inout [Diagnostic]) -> ActMetadata {
        var metadata = ActMetadata()
        var sawTitleLanguage: Language?
        var publicationLine: Int?
        for (key, value, line) in pairs {
            func date(_ text: String?) -> LegalDate? {
                guard let text else { return nil }
                switch LegalDate.parse(text) {
                case .success(let date): return date
                case .failure(.impossible):
                    diagnostics.append(.error("front matter key '\(key)': '\(text)' is not a possible date", file: file, line: line))
                case .failure(.notADate):
                    diagnostics.append(.error("front matter key '\(key)': '\(text)' is not a date (expected 2014-05-22 or 22-05-2014)", file: file, line: line))
                }
                return nil
            }
            switch key {
            case "url": metadata.eli = value
            case "title-fr", "title-nl", "title-de", "title":
                let language = Language(rawValue: String(key.dropFirst(6))) ?? .french
                if sawTitleLanguage == nil {
                    sawTitleLanguage = language
                    metadata.title = value
                    metadata.language = language
                } else if let value {
                    metadata.otherTitles[language] = value
                }
            case "date": metadata.date = date(value)
            case "publication":
                metadata.publication = date(value)
                publicationLine = line
            case "starts":
                // Justel's field holds several dates, or a date for some articles only
                // (`2022-01-01, 2022-03-12, indéterminée`, `01-01-2005 (ART. (5))`): no date for
                // the act as a whole, whose own clauses decide.
                if let value, case .failure(.notADate) = LegalDate.parse(value), startsWithDate(value) {
                    diagnostics.append(.warning("front matter key 'starts': '\(value)' is not one date for the act as a whole: not taken; the act's own entry-into-force clauses decide", file: file, line: line))
                    metadata.extra.append(.init(key: "starts-note", value: value))
                } else {
                    metadata.entryIntoForce = date(value)
                }
            case "source": metadata.source = value
            case "consolidated": metadata.consolidatedOn = date(value)
            case "justel-note": metadata.justelNote = value
            case "number": metadata.numac = value
            case "page": metadata.page = value
            case "case": metadata.dossier = value
            case "modifies":
                metadata.modifies = (value ?? "").split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            default:
                if key.isEmpty {
                    diagnostics.append(.error("front matter has a value without a key", file: file, line: line))
                } else {
                    metadata.extra.append(.init(key: key, value: value ?? ""))
                }
            }
        }
        // An act is published after it is signed, never before (look 29: an act « published »
        // three weeks before its date was taken in force from then, without a word). Which of
        // the two is wrong is not known: both are kept, and said.
        if let signed = metadata.date, let published = metadata.publication, published < signed {
            diagnostics.append(.warning("published (\(published.iso)) before it was signed (\(signed.iso)): check the front matter", file: file, line: publicationLine))
        }
        return metadata
    }

    /// True when the text opens with a date (`01-01-2005 (ART. (5))`, `2022-01-01, …`).
    static func startsWithDate(_ text: String) -> Bool {
        let head = text.prefix { $0.isASCIIDigit || $0 == "-" || $0 == "/" }
        return LegalDate(String(head)) != nil
    }

    private static func describe(_ error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error("front matter is not valid YAML: \(what)", file: file, line: firstLine + mark.line - 1)
        case .reader(let problem, _, _, _):
            return .error("front matter is not valid YAML: \(problem)", file: file, line: firstLine)
        default:
            return .error("front matter is not valid YAML", file: file, line: firstLine)
        }
    }
}

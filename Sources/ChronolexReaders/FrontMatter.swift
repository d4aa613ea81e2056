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
        var metadata = ActMetadata()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            diagnostics.append(describe(error, file: file, firstLine: firstLine))
            return nil
        } catch {
            diagnostics.append(.error("front matter is not YAML: \(error)", file: file, line: firstLine))
            return nil
        }
        guard let node else { return metadata }
        guard let mapping = node.mapping else {
            diagnostics.append(.error("front matter is not a list of 'key: value' lines", file: file, line: firstLine))
            return nil
        }
        var sawTitleLanguage: Language?
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = firstLine + (keyNode.mark?.line ?? 1) - 1
            let value: String?
            switch valueNode {
            case .scalar(let scalar):
                let text = scalar.string.trimmingSpaces
                value = text.isEmpty || (text == "null" && scalar.style == .plain) || (text == "~" && scalar.style == .plain) ? nil : text
            case .sequence(let sequence):
                value = sequence.compactMap(\.string).joined(separator: ", ")
            case .mapping, .alias:
                diagnostics.append(.error("front matter key '\(key)' has a nested value; a text was expected", file: file, line: line))
                continue
            }
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
            case "publication": metadata.publication = date(value)
            case "starts": metadata.entryIntoForce = date(value)
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
        return metadata
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

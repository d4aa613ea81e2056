import ChronolexAmendments
import ChronolexModel
import Foundation
import Testing

/// `Corpus/README.md` lists every instruction of the example amending acts with its
/// target, operation and effective date: the oracle here.
@Suite("Corpus/ amending acts")
struct CorpusTests {
    static let corpus = packageRoot + "/Corpus"
    static let amendingFiles = [
        "2017-bibliotheques-modification.md", "2018-aires-de-jeux-modification.md",
        "2019-bibliotheques-modification-1-mars.md", "2019-bibliotheques-modification-2-avril.md",
        "2020-bibliotheques-aires-de-jeux-modification.md", "2022-bibliotheques-pret-numerique.md",
        "2024-aires-de-jeux-modification.md",
    ]
    static let numacs = ["Bibliothèques 2015": "2015201234", "Aires de jeux 2016": "2016202345"]

    struct Line: Sendable, CustomTestStringConvertible {
        var file: String
        var source: String
        var act: String
        var target: String
        var description: String
        var effective: String?
        var testDescription: String { "\(file) \(source)" }
    }

    /// The README's instruction lines.
    static let lines: [Line] = {
        guard let text = try? String(contentsOfFile: corpus + "/README.md", encoding: .utf8) else { return [] }
        var result: [Line] = []
        for raw in text.split(separator: "\n") where raw.hasPrefix("- `") && raw.contains(" → ") {
            let line = raw.dropFirst(3).dropLast(raw.hasSuffix("`") ? 1 : 0)
            guard let arrow = line.range(of: " → ") else { continue }
            let head = line[..<arrow.lowerBound]
            let rest = line[arrow.upperBound...]
            guard let space = head.firstIndex(of: " ") else { continue }
            let file = String(head[..<space])
            // "Art. 1er, 1." → "art. 1, 1°"
            var source = String(head[head.index(after: space)...]).replacingOccurrences(of: "Art. ", with: "art. ")
                .replacingOccurrences(of: "1er", with: "1")
            var parts = source.components(separatedBy: ", ").map { $0.hasSuffix(".") && $0.first?.isNumber == true ? String($0.dropLast()) + "°" : $0 }
            if parts.count > 0 { parts[0] = parts[0] }
            source = parts.joined(separator: ", ")
            guard let comma = rest.range(of: ", "), let colon = rest.range(of: " : ") else { continue }
            let act = String(rest[..<comma.lowerBound])
            let target = String(rest[comma.upperBound..<colon.lowerBound]).replacingOccurrences(of: "1er", with: "1")
            let after = rest[colon.upperBound...]
            let dash = after.range(of: " — effective")
            let description = String(dash.map { after[..<$0.lowerBound] } ?? after)
            var effective: String?
            if let dash {
                let tail = after[dash.upperBound...].trimmingCharacters(in: .whitespaces)
                if tail.hasPrefix(":") { effective = nil } else { effective = String(tail.prefix(10)) }
            }
            result.append(Line(file: file, source: source, act: act, target: target, description: description, effective: effective))
        }
        return result
    }()

    static let results: [String: EditsResult] = {
        var map: [String: EditsResult] = [:]
        for file in amendingFiles { map[file] = readFile(corpus + "/" + file).0 }
        return map
    }()

    @Test("every amending act of Corpus/ reads without error or warning", arguments: amendingFiles)
    func readsCleanly(_ file: String) throws {
        let (result, readerDiagnostics) = readFile(Self.corpus + "/" + file)
        #expect(!readerDiagnostics.contains { $0.severity == .error })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(!result.edits.isEmpty)
        #expect(result.edits.allSatisfy { $0.error == nil })
    }

    @Test("the README lists 66 instructions")
    func readmeParsed() {
        #expect(Self.lines.count == 66)
        let sources = Set(Self.results.flatMap { file, result in result.edits.map { file + " " + $0.source.address } })
        #expect(sources.count == 66)
    }

    static func kinds(_ description: String) -> Set<OperationKind> {
        var kinds = Set<OperationKind>()
        if description.hasPrefix("(concerne") { return [.noop] }
        if description.hasPrefix("becomes") || description.hasPrefix("the current text") { kinds.insert(.renumber) }
        if description.hasPrefix("insert") || description.hasPrefix("complete") || description.hasPrefix("re-establish") || description.contains("completed by") {
            kinds.insert(.insert)
        }
        if description.hasPrefix("replace") || description.contains("full stop replaced") { kinds.insert(.replace) }
        if description.hasPrefix("repeal") || description.hasPrefix("delete") { kinds.insert(.repeal) }
        return kinds
    }

    @Test("each edit matches its README line: act, target, operation, effective date", arguments: lines)
    func matchesReadme(_ line: Line) throws {
        let result = try #require(Self.results[line.file])
        let mine = result.edits.filter { $0.source.address == line.source }
        try #require(!mine.isEmpty, "no edit for \(line.source)")
        #expect(Set(mine.compactMap(\.kind)) == Self.kinds(line.description), "\(line.description)")
        for edit in mine {
            #expect(edit.targetAct?.numac == Self.numacs[line.act])
            // Effective date.
            #expect(edit.effective?.date?.iso == line.effective)
            // Target: the instruction's own citation must agree with the README's resolved one.
            let target = edit.targetAddress
            if line.target.hasPrefix("art. ") {
                let readme = line.target.components(separatedBy: ", ")
                let article = readme[0].components(separatedBy: " ")[1]
                #expect(target == "art. \(article)" || target?.hasPrefix("art. \(article),") == true, "\(target ?? "-") vs \(line.target)")
                let parts = (target ?? "").components(separatedBy: ", ")
                for part in readme.dropFirst() where part.hasPrefix("§") || part.hasSuffix("°") || part.hasSuffix(")") {
                    #expect(parts.contains(part), "\(part) missing from \(target ?? "-")")
                }
                for part in parts where part.hasPrefix("al. ") {
                    #expect(line.target.contains(part) || line.target.contains("between " + part), "\(part) not in \(line.target)")
                }
            } else if let target {
                #expect(line.target.contains(target), "\(target) vs \(line.target)")
            } else {
                #expect(line.target.hasPrefix("(act)") || line.target.hasPrefix("(whole act)"))
            }
        }
    }

    @Test("one act, one value: full citation and \"du même …\" give the same act; numacs from modifies:")
    func sameActSameValue() throws {
        let result = try #require(Self.results["2020-bibliotheques-aires-de-jeux-modification.md"])
        let acts = Set(result.edits.compactMap(\.targetAct))
        #expect(acts.count == 2)
        #expect(acts.contains(ActCitation(kind: .arreteDuGouvernement, date: LegalDate(year: 2015, month: 3, day: 12),
                                          title: "relatif aux bibliothèques publiques", numac: "2015201234")))
        #expect(acts.contains(ActCitation(kind: .decret, date: LegalDate(year: 2016, month: 6, day: 20),
                                          title: "relatif aux aires de jeux publiques", numac: "2016202345")))
    }
}

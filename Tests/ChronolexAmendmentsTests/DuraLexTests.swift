import ChronolexAmendments
import ChronolexModel
import Foundation
import Testing

/// The 21 short French instructions of DuraLex's test suite (see
/// `../shared/peer-tests/duralex/PROVENANCE.md`), read from the shared file at test time.
@Suite("DuraLex cases", .enabled(if: fileExists(duraLexPath), "../shared/peer-tests/duralex/cases.json not found (skipped)"))
struct DuraLexTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var text: String
        var want: String
        var target: [String: String]
        var testDescription: String { id }
    }

    static let cases: [Case] = {
        guard let data = FileManager.default.contents(atPath: duraLexPath),
              let array = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return array.compactMap { item in
            guard let id = item["id"] as? String, let text = item["text"] as? String, let want = item["want"] as? String else { return nil }
            var target: [String: String] = [:]
            for (key, value) in (item["target"] as? [String: Any]) ?? [:] {
                if let s = value as? String { target[key] = s } else if let n = value as? Int { target[key] = String(n) }
            }
            return Case(id: id, text: text, want: want, target: target)
        }
    }()

    /// Cases whose phrase is a fragment without the new text it announces ("est ainsi
    /// rédigé" and nothing after): read, and reported as incomplete.
    static let fragments: Set = ["ParseEditTest.test_edit_article"]

    @Test("21 cases are present")
    func present() { #expect(Self.cases.count == 21) }

    @Test(arguments: cases)
    func duraLexCase(_ c: Case) throws {
        // One line per block, as in the seed format; a title that names one act.
        let body = c.text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n\n")
        let result = edits(body, title: "Loi modifiant le code de l'éducation")
        let edit = try #require(result.edits.last)
        #expect(edit.kind?.rawValue == c.want)
        if Self.fragments.contains(c.id) {
            #expect(edit.error == "a new text is announced but none follows")
        } else {
            #expect(edit.error == nil, "\(result.diagnostics)")
        }
        let target = edit.targetAddress ?? ""
        if let article = c.target["article"] { #expect(target.hasPrefix("art. \(article)") || c.target["context"] != nil) }
        if let words = c.target["words"] { #expect(edit.words == words || EditRenderer.anchors(edit) == [words]) }
        if let sentence = c.target["sentence"] { #expect(target.hasSuffix("phrase \(sentence)")) }
        if let alinea = c.target["alinea"], let n = Int(alinea) {
            let unit = n > 0 ? "al. \(n)" : (n == -1 ? "dernier al." : "avant-dernier al.")
            // "Avant le dernier alinéa, sont insérés …": the alinéa is the position's anchor.
            #expect(target.contains(unit) || EditRenderer.anchors(edit).contains(unit))
        }
    }

    @Test("a lead-in and its sub-instructions in one text (« est ainsi modifié : 1° … a) … »)")
    func nestedLeadIns() throws {
        let c = try #require(Self.cases.first { $0.id.hasSuffix("header3_edit") })
        let body = c.text.split(separator: "\n").joined(separator: "\n\n")
        let result = edits(body, title: "Loi modifiant le code de l'éducation")
        let edit = try #require(result.edits.first)
        #expect(result.edits.count == 1)
        #expect(edit.source.address == "art. 1, 1°, a)")
        #expect(edit.targetAddress == "art. L. 123-5, avant-dernier al., phrase 1")
        #expect(edit.targetAct?.kind == .code && edit.targetAct?.title == "Code de l'éducation")
    }
}

import ChronolexAmendments
import ChronolexModel
import Testing

/// Nothing is dropped silently: each problem is an error `file:line: Art. N, 2°: …`, and
/// the instruction is still listed, with what was understood and an `error`.
@Suite("Errors")
struct ErrorTests {
    func errors(_ result: EditsResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test("an instruction that matches no known form")
    func noKnownForm() throws {
        let result = edits("""
        A l'article 8 du même arrêté, les modifications suivantes sont apportées :

        1° le § 1er est abrogé;

        2° le § 2 est transformé en annexe.
        """)
        #expect(errors(result) == ["test.md:14: Art. 1, 2°: matches no known instruction form: «le § 2 est transformé en annexe.»"])
        let unread = try #require(result.edits.last)
        #expect(unread.change == nil && unread.source.address == "art. 1, 2°")
        #expect(unread.targetAddress == "art. 8")
        #expect(unread.targetAct?.date == LegalDate(year: 2015, month: 3, day: 12))
        #expect(result.edits.first?.error == nil)
    }

    @Test("an unbalanced quote")
    func unbalancedQuote() {
        let result = edits("Dans l'article 6 du même arrêté, les mots « à charge du lecteur sont remplacés par les mots « à charge de la bibliothèque ».")
        #expect(errors(result) == ["test.md:10: Art. 1: unbalanced quote: the quotation opened by « à charge du lecteur sont remplacés … is never closed"])
        #expect(result.edits.count == 1 && result.edits[0].error != nil)
    }

    @Test("an announced replacement text that is missing")
    func missingText() throws {
        let result = edits("Dans l'article 6 du même arrêté, l'alinéa 2 est remplacé par ce qui suit :")
        #expect(errors(result) == ["test.md:10: Art. 1: a new text is announced but none follows"])
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace && edit.targetAddress == "art. 6, al. 2" && edit.error != nil)
    }

    @Test("words replaced by nothing quoted")
    func missingWords() {
        let result = edits("Dans l'article 6 du même arrêté, les mots « A » sont remplacés par les mots suivants.")
        #expect(errors(result) == ["test.md:10: Art. 1: the words « A » are replaced, but by no quoted words"])
    }

    @Test("an exception naming a missing sub-instruction")
    func missingSubInstruction() {
        let (result, _) = readAmending("""
        **Article 1er.** A l'article 8 du même arrêté, les modifications suivantes sont apportées :

        1° le § 1er est abrogé;

        2° le § 2 est abrogé.

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2024, à l'exception des 2°, e), et 3° de l'article 1er, qui produisent leurs effets le 1er octobre 2023.
        """)
        #expect(errors(result) == [
            "test.md:16: Art. 2: the entry-into-force clause names art. 1, 2°, e), which does not exist in this act",
            "test.md:16: Art. 2: the entry-into-force clause names art. 1, 3°, which does not exist in this act",
        ])
    }

    @Test("a lead-in without sub-instructions, and \"du même arrêté\" with nothing to refer to")
    func leadInAlone() {
        let result = edits("A l'article 8 du même arrêté, les modifications suivantes sont apportées :")
        #expect(errors(result) == ["test.md:10: Art. 1: announces modifications but no enumerated sub-instruction follows"])
        let (two, _) = readAmending("**Article 1er.** L'article 8 du même décret est abrogé.",
                                    title: "Décret modifiant le décret du 1er mars 2000 relatif à A et le décret du 2 mars 2000 relatif à B")
        #expect(errors(two) == ["test.md:10: Art. 1: \"même decret\" but no act was cited before and the title names 2 acts"])
    }

    @Test("the execution article is not an instruction; other prose is an error")
    func nonInstructions() {
        let (ok, _) = readAmending("""
        **Article 1er.** L'article 8 du même arrêté est abrogé.

        **Art. 2.** Le Ministre compétent en matière de Culture est chargé de l'exécution du présent arrêté.
        """)
        #expect(ok.diagnostics.isEmpty && ok.edits.count == 1)
    }

    @Test("the Art. 20/21 repair never takes the entry-into-force article as new text")
    func repairStopsAtEntryIntoForce() {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'article 9 du même arrêté, l'alinéa 2 est remplacé par ce qui suit :

        **Art. 2.** Le présent arrêté entre en vigueur le 1er mars 2024.
        """)
        #expect(errors(result) == ["test.md:10: Art. 1: a new text is announced but none follows"])
        #expect(result.edits.count == 1)
        #expect(result.edits.first?.effective == .date(LegalDate(year: 2024, month: 3, day: 1)!))
    }
}

extension ErrorTests {
    /// Issue 12: the new text is read when the instruction is read, so that an error in it
    /// is the amending act's, at the instruction's line (it was once found when the
    /// timeline applied the edit, and only if the act amended was given).
    @Test("an unreadable new text is an error of the amending act, at its line")
    func unreadableNewText() throws {
        let result = edits("L'article 5 du même arrêté est remplacé par ce qui suit :\n\n« Art. 5. Premier texte.\n\nArt. 5. Second texte. »")
        #expect(errors(result).count == 1)
        #expect(errors(result).first?.hasPrefix("test.md:10: Art. 1: the new text cannot be read: ") == true, "\(errors(result))")
        let edit = try #require(result.edits.first)
        #expect(edit.kind == .replace && edit.targetAddress == "art. 5" && edit.error != nil)
        #expect(edit.newText == ["Art. 5. Premier texte.", "Art. 5. Second texte."])
    }

    /// The new text of an article replaced is read into that article's units.
    @Test("the new text is typed: an article, its paragraphs and points")
    func newTextIsTyped() throws {
        let result = edits("L'article 5 du même arrêté est remplacé par ce qui suit :\n\n« Art. 5. § 1er. Le ministre décide :\n\n1° un;\n\n2° deux.\n\n§ 2. Il motive. »")
        let edit = try #require(result.edits.first)
        guard case .replaceUnits(let fragment)? = edit.change, case .articles(let articles) = fragment.content else {
            Issue.record("not a replacement by articles: \(String(describing: edit.change))")
            return
        }
        #expect(articles.map(\.number) == ["5"])
        #expect(articles.first?.paragraphs.map(\.number) == ["1er", "2"])
        #expect(articles.first?.paragraphs.first?.alineas.first?.points.map(\.label.description) == ["1°", "2°"])
        #expect(articles.first?.range == nil)
    }
}

import ChronolexAmendments
import ChronolexModel
import Testing

/// A quotation that the act does not close where its new text ends (2023200531, art. 8,
/// 6°, c): the closing mark is missing, and the next sub-instructions were read as the
/// quoted text, without a word.
@Suite("A quotation left open before the next sub-instruction")
struct UnclosedQuotationTests {
    static let article = """
    A l'annexe 2 du même arrêté, les modifications suivantes sont apportées :

    1. l'alinéa 2 est remplacé par ce qui suit :

    " Dérogations

    Les dérogations suivantes s'appliquent aux seuils limites :

       a) le seuil de 12 n'est pas applicable;

    2. l'alinéa 3 est remplacé par ce qui suit :

    " Le texte nouveau. ";

    3. l'alinéa 4 est abrogé.
    """

    /// The line that starts with the next number of the enumeration and says a change
    /// ends the quotation: the sub-instructions after it are read, and a warning says where
    /// the quotation was taken to end. The one that holds the open quotation, announced by
    /// its colon, takes its new text to there, with a warning of its own.
    @Test func theNextSubInstructionEndsIt() throws {
        let (result, diagnostics) = readAmending("**Article 1er.** " + Self.article)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("before line 20, which starts with 2°") }, "\(diagnostics)")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°", "art. 1, 3°"], "\(result.edits.map(EditRenderer.line))")
        #expect(result.edits[0].newText == ["Dérogations", "Les dérogations suivantes s'appliquent aux seuils limites :", "a) le seuil de 12 n'est pas applicable;"])
        #expect(result.edits[1].newText == ["Le texte nouveau."])
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.location?.line == 12
            && $0.message == "the quotation opened by « Dérogations… » is never closed: the new text is read to the end of the instruction (its last words « …a) le seuil de 12 n'est pas applicable; »), where the act's structure ends it" }, "\(result.diagnostics)")
    }

    /// A quotation never closed is read to the end of its instruction only when a colon
    /// announces it, and when its last line is not the amending act's own clause (an entry
    /// into force): otherwise it stays an error.
    @Test func notAnnouncedOrEndingWithTheActsOwnClause() throws {
        let unannounced = edits("Dans l'article 6 du même arrêté, les mots « à charge du lecteur sont remplacés par les mots « à charge de la bibliothèque ».")
        #expect(unannounced.hasErrors)
        let (own, _) = readAmending("""
        **Article 1er.** L'article 5 du même arrêté est remplacé par ce qui suit :

        « Art. 5. Le ministre agrée.

        Le présent arrêté entre en vigueur le 1er janvier 2024.
        """)
        #expect(own.edits.first?.change == nil)
        #expect(own.edits.first?.error?.hasPrefix("unbalanced quote") == true, "\(own.edits.map(EditRenderer.line))")
    }

    /// Inside a quotation, a numbered line that is the new text's own (no change said, or
    /// not the next number) stays quoted.
    @Test func quotedPointsStayQuoted() throws {
        let (result, diagnostics) = readAmending("""
        **Article 1er.** A l'annexe 2 du même arrêté, les modifications suivantes sont apportées :

        1. l'alinéa 2 est remplacé par ce qui suit :

        " Les règles suivantes s'appliquent :

        2. le seuil de 12 est applicable;

        3. le texte est remplacé chaque année. ";

        2. l'alinéa 4 est abrogé.
        """)
        #expect(!diagnostics.contains { $0.severity == .warning && $0.message.contains("which starts with") }, "\(diagnostics)")
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°"])
        #expect(result.edits.first?.newText.count == 3)
    }

    /// 2019200781, art. 1 (hand check 3): the new text closes (« … alinéa 3. ". »), then an
    /// alinéa « Concernant l'alinéa 1er, … ". » ends with a closing mark that opens
    /// nothing: the quotation may close there. The instruction was applied without that
    /// alinéa, without a word; now its edit is an error that says why.
    @Test func aClosingMarkThatMayEndTheQuotationLater() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'article 5 du même arrêté, l'alinéa 2 est remplacé par ce qui suit :

        " Le texte nouveau.

        § 4. La demande est irrecevable. ".

        Concernant l'alinéa 1er, la demande est incomplète. ".

        **Art. 2.** L'article 6 du même arrêté est abrogé.
        """)
        let first = try #require(result.edits.first)
        #expect(first.change != nil)
        #expect(first.error?.contains("its quotation may go on to line 16") == true, "\(result.edits.map(EditRenderer.line))")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location?.line == 10 && $0.message.hasPrefix("its quotation may go on") })
        // The next article is not touched.
        #expect(result.edits.last?.error == nil)
        #expect(result.edits.last?.change == .repeal)
    }

    /// Both repairs in one act: the quotation left open before « 2. » ends there, and the
    /// next one, never closed, ends before Art. 2. The second reading again once started
    /// from scratch and lost the first repair (2023040057: its parse, written out and read
    /// again, gave another tree).
    @Test func twoRepairsInOneAct() throws {
        let (result, diagnostics) = readAmending("""
        **Article 1er.** A l'annexe 2 du même arrêté, les modifications suivantes sont apportées :

        1. l'alinéa 2 est remplacé par ce qui suit :

        " Dérogations

        2. l'alinéa 3 est remplacé par ce qui suit :

        " Le texte nouveau.

        **Art. 2.** L'article 6 du même arrêté est abrogé.
        """)
        #expect(diagnostics.contains { $0.message.contains("which starts with 2°") }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.message.contains("taken to end with Art. 1") }, "\(diagnostics)")
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°", "art. 2"], "\(result.edits.map(EditRenderer.line))")
        #expect(result.edits.last?.change == .repeal)
    }

    /// A new text whose own 2° says a change (« le dossier est complété ») and whose
    /// quotation closes where it should: its words stay quoted (the repair is for
    /// quotation marks that do not add up).
    @Test func aQuotedPointThatSaysAChange() throws {
        let (result, diagnostics) = readAmending("""
        **Article 1er.** A l'annexe 2 du même arrêté, les modifications suivantes sont apportées :

        1. l'alinéa 2 est remplacé par ce qui suit :

        " Les règles suivantes s'appliquent :

        1° le dossier est introduit par écrit;

        2° le dossier est complété par le demandeur. ";

        2. l'alinéa 4 est abrogé.
        """)
        #expect(!diagnostics.contains { $0.message.contains("which starts with") }, "\(diagnostics)")
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°"])
        #expect(!result.hasErrors, "\(result.diagnostics)")
    }
}

import ChronolexAmendments
import ChronolexModel
import Testing
@testable import ChronolexTimeline

/// Hand check 10 (docs/real-legislation.md), applied: what each wrong record did once.
@Suite("Hand check 10, applied")
struct HandCheckTenTimelineTests {
    /// Records 62 (2019030197, art. 4) and 221 (2021030266, art. 3, 3°): « les mots " , des
    /// zoos et des parcs animaliers, " sont insérés entre les mots " des parc naturels " et
    /// les mots " en ce compris " » once gave « naturels , des zoos ».
    @Test func wordsOpeningWithACommaInsertedBetweenTwoOthers() throws {
        let fixture = try Fixture(base: baseAct("**Art. 8.** Les parcs naturels en ce compris les réserves sont visés."), amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 8 du même arrêté, les mots « , des zoos et des parcs animaliers, » sont insérés entre les mots « Les parcs naturels » et les mots « en ce compris ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("8", at: "2021-01-01") == "Art. 8. Les parcs naturels, des zoos et des parcs animaliers, en ce compris les réserves sont visés.\n")
    }

    /// Record 414 (2023200641, art. 2): the new text headed « Art.VI.3-5. », without its
    /// space, kept its heading as words: « Art. VI.3-5. Art.VI.3-5. L'établissement … ».
    @Test func aNewArticleHeadedWithoutASpace() throws {
        let fixture = try Fixture(base: baseAct("**Art. VI.3-5.** L'inventaire est établi."), amending: [OperationTests.amending(
            "**Art. 1er.** L'article VI.3-5 du même arrêté est remplacé par ce qui suit :\n\n« Art.VI.3-5. L'établissement de l'inventaire comprend une inspection visuelle.\n\nUn modèle d'inventaire est publié. »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("VI.3-5", at: "2021-01-01") == "Art. VI.3-5. L'établissement de l'inventaire comprend une inspection visuelle.\nUn modèle d'inventaire est publié.\n")
    }

    /// Outside the draw, record 342 (2023040119, art. 8): « Dans l'article 6, § 2, l'alinéa
    /// 1er est remplacé par ce qui suit : " 1. Le Ministre … " » where § 2 is the points 1.
    /// to 3. and nothing else: read as the whole list, the 2. and 3. went, without a word.
    /// Which the act means is not certain: an error, the list kept.
    @Test func anAlineaThatIsOnlyAListReplacedByOnePoint() throws {
        let base = baseAct("**Art. 6.** § 1er. Les engrais sont agréés.\n\n§ 2. 1° Le ministre peut interdire un engrais.\n\n2° Il peut le retirer.\n\n3° La décision est motivée.")
        let one = try Fixture(base: base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 6, § 2, du même arrêté, l'alinéa 1er est remplacé par ce qui suit :\n\n« 1° Le ministre peut interdire la mise sur le marché d'un engrais. »")])
        #expect(one.failures == ["Art. 1: art. 6, § 2 has no words of its own: it is the points 1° to 3°, and the new text holds 1 point(s); whether the act means the whole list or its first point is not certain; not applied"])
        #expect(one.text("6", at: "2021-01-01")?.contains("3° La décision est motivée.") == true)
        // A new list as long as the old one replaces it whole.
        let all = try Fixture(base: base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 6, § 2, du même arrêté, l'alinéa 1er est remplacé par ce qui suit :\n\n« 1° A.\n\n2° B.\n\n3° C. »")])
        #expect(all.failures.isEmpty, "\(all.failures)")
        #expect(all.text("6", at: "2021-01-01") == "Art. 6. § 1er. Les engrais sont agréés.\n§ 2. 1° A.\n2° B.\n3° C.\n")
    }
}

/// Hand check 11 (docs/real-legislation.md), outside its draw.
@Suite("Hand check 11, applied")
struct HandCheckElevenTimelineTests {
    /// « les mots " le Roi " sont remplacés par les mots " le ministre " » where the words
    /// open a sentence, « Le Roi fixe … »: once « le ministre fixe », a sentence opening in
    /// lower case. The capital stays with the sentence; a spelling that differs otherwise is
    /// not touched.
    @Test func wordsThatOpenASentenceKeepItsCapital() throws {
        let fixture = try Fixture(base: baseAct("**Art. 3.** Les essais sont autorisés. Le Roi fixe leurs conditions."), amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 3 du même arrêté, les mots « le Roi » sont remplacés par les mots « le ministre ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-01-01") == "Art. 3. Les essais sont autorisés. Le ministre fixe leurs conditions.\n")
        #expect(Words.sentenceCase("le ministre", asked: "le Roi", found: "le Roi") == "le ministre")
        #expect(Words.sentenceCase("le ministre", asked: "le roi", found: "Le Roi") == "le ministre")
        #expect(Words.sentenceCase("« ministre »", asked: "le Roi", found: "Le Roi") == "« ministre »")
    }
}

/// Hand check 12 (docs/real-legislation.md): what its wrong records did once.
@Suite("Hand check 12, applied")
struct HandCheckTwelveTimelineTests {
    /// Record 241 (2021040075, art. 2): « il est inséré un article 1erquinquies » went after
    /// the act's last article, « applied », without a word: « 1er » before a latin suffix
    /// had no order.
    @Test func anArticleFirstWithALatinSuffixGoesWhereItsNumberSays() throws {
        #expect(ArticleNumber.isOutOfOrder("1erquinquies", after: "2"))
        #expect(ArticleNumber.isOutOfOrder("1erquater", after: "1erquinquies"))
        #expect(ArticleNumber.isOutOfOrder("1erter", after: "1erquater"))
        let fixture = try Fixture(base: baseAct("**Article 1er.** Premier.\n\n**Art. 1erquater.** Quatrième.\n\n**Art. 2.** Deux.\n\n**Art. 3.** Trois."),
                                  amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré un article 1erquinquies, rédigé comme suit :\n\n« Art. 1erquinquies. Cinquième. »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let date = try #require(LegalDate("2021-01-01"))
        let order = fixture.timeline.act(at: date).articles.map(\.number)
        #expect(order == ["1er", "1erquater", "1erquinquies", "2", "3"])
        // A number with no order Chronolex can vouch for: placed at the end, and said.
        let unordered = try Fixture(base: baseAct("**Article 1er.** Premier.\n\n**Art. 2.** Deux."),
                                    amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré un article 1A, rédigé comme suit :\n\n« Art. 1A. Autre. »")])
        #expect(unordered.timeline.act(at: date).articles.map(\.number) == ["1er", "2", "1A"])
        #expect(unordered.warnings.contains { $0.contains("art. 1A: its number has no order Chronolex can vouch for; placed at the end of the act") }, "\(unordered.warnings) \(unordered.failures)")
    }

    /// Record 131 (2020040393, art. 1, 3°): the row « qui commence par " … n° 18 " » is not
    /// the row « … n° 180 »: a row's first (and last) words are whole words.
    @Test func aRowsFirstWordsAreWholeWords() {
        #expect(!TimelineBuilder.describes(.startingWith("comité n° 18", endingWith: nil), "| comité n° 180 | Anvers |"))
        #expect(TimelineBuilder.describes(.startingWith("comité n° 18", endingWith: nil), "| comité n° 18 | Liège |"))
        #expect(TimelineBuilder.describes(.startingWith("comité n° 18", endingWith: nil), "| comité n° 18, Liège | x |"))
        #expect(!TimelineBuilder.describes(.startingWith("comité", endingWith: "la Monnaie"), "| comité n° 18 | la Monnaies |"))
        #expect(TimelineBuilder.describes(.startingWith("comité", endingWith: "la Monnaie"), "| comité n° 18 | sauf la Monnaie |"))
    }
}

import ChronolexAmendments
import ChronolexModel
import Testing

/// The seventh hand check of issue 13 (docs/real-legislation.md), on reading.
@Suite("Hand check 7: points announced from one label to another")
struct HandCheckSevenTests {
    /// Record 2 (2019030053, art. 1, 2°): « il est ajouté un 9° et 10°, rédigés comme suit : »
    /// then the 9° and the 10° each quoted in an alinéa of its own. The 10° was read as a
    /// provision of the act and the 9° alone inserted, « applied ».
    @Test func theRestOfTheNewPointsInTheNextQuotation() throws {
        let result = edits("""
        A l'article 1er du même décret, les modifications suivantes sont apportées :

        1° le 4° est abrogé;

        2° il est ajouté un 9° et 10°, rédigés comme suit :

        « 9° le Service : le service d'inspection; »

        « 10° le Conseil général : le Conseil visé à l'article 121. ».
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.last)
        #expect(edit.newUnit == "9° à 10°")
        #expect(edit.newText == ["9° le Service : le service d'inspection;", "10° le Conseil général : le Conseil visé à l'article 121."])
        #expect(result.diagnostics.map(\.description).contains("test.md:14: warning: Art. 1, 2°: the new text goes on in the 1 quotation(s) after the instruction: read as its rest"))
        // Kept with the edit too (hand check 11, record 2: on stderr only, its notes empty).
        #expect(edit.notes.contains("the new text goes on in the 1 quotation(s) after the instruction: read as its rest"))
        #expect(!result.diagnostics.contains { $0.message.contains("provision") })
        // Nothing after it: an error, never the 9° alone.
        let short = edits("A l'article 1er du même décret, il est ajouté un 9° et 10°, rédigés comme suit :\n\n« 9° le Service : le service d'inspection. »")
        #expect(short.edits.first?.error == "the instruction inserts 9° à 10°, but its new text holds 9°")
    }

    @Test func theRealAct() throws {
        let path = sharedRoot + "/corpus/amending-sample/2019030053.md"
        try #require(fileExists(path), "../shared is absent (a newcomer's clone): the real act cannot be read")
        let (result, _) = readFile(path)
        let edit = try #require(result.edits.first { $0.source.address == "art. 1, 2°" })
        #expect(edit.error == nil)
        #expect(edit.newText.count == 2)
        #expect(edit.newText.last?.hasPrefix("10° le Conseil général") == true)
    }
}

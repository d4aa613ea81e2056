import ChronolexXML
import Testing

/// Look 42: a page whose 40,000 division headings all read « Chapitre 1er » was not written
/// in a minute: each new id tried its suffixes from `-2` again. The ids stay those of
/// before — the base, then `-2`, `-3`, … in order, skipping any taken otherwise.
@Suite("Look 42: unique ids for repeated headings")
struct RepeatedIDTests {
    @Test func suffixesInOrderSkippingTakenOnes() {
        var ids = HTMLIDs()
        ids.reserve("chapitre-1-3")
        let made = (0..<5).map { _ in ids.unique("chapitre-1") }
        #expect(made == ["chapitre-1", "chapitre-1-2", "chapitre-1-4", "chapitre-1-5", "chapitre-1-6"])
        // A base that is itself another's suffixed id.
        #expect(ids.unique("chapitre-1-2") == "chapitre-1-2-2")
    }

    @Test func thousandsOfOneHeadingAreAllDistinct() {
        var ids = HTMLIDs()
        let made = (0..<20_000).map { _ in ids.unique("chapitre-1") }
        #expect(Set(made).count == 20_000)
        #expect(made.last == "chapitre-1-20000")
    }
}

import ChronolexModel

/// "L'article 6, abrogé par …, est rétabli dans la rédaction suivante : « … »", "l'article
/// L. 123-4-1 est ainsi rétabli": a repealed unit comes back in its old place.
enum ReestablishForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject else { return nil }
        guard s.takeAuxiliary() else { return nil }
        let thus = s.take("ainsi")
        guard let w = s.word(), w.hasPrefix("retabli"), w.utf8.count <= 9 else { return nil }
        s.index += 1
        let announced = NewText.takeAnnouncement(&s) || (thus && s.isMark(":"))
        let target = clause.target
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: target, change: .reestablish(text), announced: announced, readAs: NewText.expected(replacing: target))]
    }
}

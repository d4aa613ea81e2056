import ChronolexModel

/// "l'alinéa 1er est remplacé par ce qui suit : « … »", "le § 2 est remplacé par …",
/// "L'article 35 est remplacé par ce qui suit : « Art. 35. … »", "les alinéas 3 et 4 sont
/// remplacés par ce qui suit", "L'intitulé … est remplacé par ce qui suit", and the
/// French (France) "l'article 42 est ainsi rédigé : « … »".
enum ReplaceUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .unit, .none: break
        default: return nil
        }
        guard s.takeAuxiliary() else { return nil }
        var announced: Bool
        if s.take("ainsi"), s.takeParticiple("redig") {
            announced = true
        } else if s.takeParticiple("remplac") {
            announced = NewText.takeAnnouncement(&s)
            if !announced, s.take("par") {
                // "remplacé par un alinéa rédigé comme suit", "par les alinéas suivants".
                _ = NewUnitReader.read(&s)
                _ = s.takeAny(Lexicon.following)
                announced = NewText.takeAnnouncement(&s) || true
            }
        } else {
            return nil
        }
        let target = clause.target
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: target, change: .replaceUnits(text), announced: announced, readAs: NewText.expected(replacing: target))]
    }
}

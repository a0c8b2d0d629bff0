//! The laws the rules cite, each once, with its BWB identifier on wetten.overheid.nl.
//!
//! A rule file cites an article next to the code that applies it (Catala-style), built from
//! these: `pub const PW_ART_10D_LID_4: LawRef = PARTICIPATIEWET.art("10d").lid("4");`, which
//! is shown as "Participatiewet art. 10d lid 4" and links to article 10d of the text in
//! force on the rule date. So a law's name and identifier are written down once, and
//! tests/law_registry.rs checks that no article is cited in two different ways.

use super::explain::Wet;

pub const PARTICIPATIEWET: Wet = Wet {
    name: "Participatiewet",
    bwb: "BWBR0015703",
};

pub const WET_MINIMUMLOON: Wet = Wet {
    name: "Wet minimumloon en minimumvakantiebijslag",
    bwb: "BWBR0002638",
};

pub const WET_OP_DE_ZORGTOESLAG: Wet = Wet {
    name: "Wet op de zorgtoeslag",
    bwb: "BWBR0018451",
};

pub const WET_OP_DE_HUURTOESLAG: Wet = Wet {
    name: "Wet op de huurtoeslag",
    bwb: "BWBR0008659",
};

/// Algemene wet inkomensafhankelijke regelingen (Awir): what the toeslagen share.
pub const AWIR: Wet = Wet {
    name: "Algemene wet inkomensafhankelijke regelingen",
    bwb: "BWBR0018472",
};

pub const WET_OP_HET_KINDGEBONDEN_BUDGET: Wet = Wet {
    name: "Wet op het kindgebonden budget",
    bwb: "BWBR0022751",
};

pub const ALGEMENE_KINDERBIJSLAGWET: Wet = Wet {
    name: "Algemene Kinderbijslagwet",
    bwb: "BWBR0002368",
};

pub const WET_INKOMSTENBELASTING_2001: Wet = Wet {
    name: "Wet inkomstenbelasting 2001",
    bwb: "BWBR0011353",
};

pub const WET_TEGEMOETKOMINGEN_LOONDOMEIN: Wet = Wet {
    name: "Wet tegemoetkomingen loondomein",
    bwb: "BWBR0037522",
};

pub const ZIEKTEWET: Wet = Wet {
    name: "Ziektewet",
    bwb: "BWBR0001888",
};

pub const WET_BANENAFSPRAAK: Wet = Wet {
    name: "Wet banenafspraak",
    bwb: "BWBR0051018",
};

pub const WET_KINDEROPVANG: Wet = Wet {
    name: "Wet kinderopvang",
    bwb: "BWBR0017017",
};

//! The code table against the IANA registry (a copy of its CSV in tests/data/).

use http_status_i18n::{reason_phrase, registry, Class, Kind};

/// `(code, name as the registry writes it, reference)` for every assigned row.
fn iana_rows() -> Vec<(u16, String, String)> {
    let csv = include_str!("data/iana-http-status-codes.csv");
    let mut rows = Vec::new();
    for line in csv.lines().skip(1) {
        let fields = split_csv(line);
        let [value, description, reference] = &fields[..] else {
            panic!("malformed CSV line: {line}");
        };
        if value.contains('-') || description == "Unassigned" {
            continue;
        }
        rows.push((
            value.parse().unwrap(),
            description.clone(),
            reference.clone(),
        ));
    }
    rows
}

/// RFC 4180 fields of one line (quotes, doubled quotes inside quotes).
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn every_assigned_iana_code_is_in_the_registry_with_its_name() {
    let rows = iana_rows();
    assert_eq!(rows.len(), 64, "the registry copy has 64 assigned codes");
    for (code, name, _) in &rows {
        let info = registry::get(*code).unwrap_or_else(|| panic!("{code} missing"));
        // The registry appends states in parentheses: "(TEMPORARY - ...)", "(OBSOLETED)".
        let expected = match name.split_once(" (") {
            Some((phrase, _)) => phrase,
            None => name.as_str(),
        };
        assert_eq!(info.reason_phrase, expected, "{code}");
        assert_ne!(info.kind, Kind::Unofficial, "{code} is registered");
    }
}

#[test]
fn registry_states_follow_the_iana_notes() {
    for (code, name, _) in iana_rows() {
        let expected = if name.contains("TEMPORARY") {
            Kind::Temporary
        } else if name.contains("OBSOLETED") {
            Kind::Obsoleted
        } else if name == "(Unused)" {
            Kind::Unused
        } else {
            Kind::Registered
        };
        assert_eq!(registry::get(code).unwrap().kind, expected, "{code}");
    }
}

#[test]
fn references_name_the_same_specification_as_iana() {
    for (code, _, reference) in iana_rows() {
        let ours = registry::get(code).unwrap().reference;
        // "[RFC9110, Section 15.5.5]" -> "RFC 9110, Section 15.5.5"
        let theirs = reference
            .trim_start_matches('[')
            .split(']')
            .next()
            .unwrap()
            .replace("RFC", "RFC ");
        assert!(
            ours.starts_with(&theirs),
            "{code}: ours {ours:?}, IANA {reference:?}"
        );
    }
}

#[test]
fn every_non_iana_code_is_unofficial_with_a_vendor() {
    let iana: Vec<u16> = iana_rows().iter().map(|r| r.0).collect();
    for info in registry::STATUS_CODES {
        if !iana.contains(&info.code) {
            assert_eq!(info.kind, Kind::Unofficial, "{}", info.code);
            assert!(info.vendor.is_some(), "{} has no vendor", info.code);
        } else {
            assert!(info.vendor.is_none(), "{} is registered", info.code);
        }
    }
}

#[test]
fn the_widely_seen_unofficial_codes_are_there_with_their_vendors() {
    let expected = [
        (420, "Twitter"),
        (440, "Microsoft"),
        (444, "nginx"),
        (449, "Microsoft"),
        (450, "Microsoft"),
        (494, "nginx"),
        (495, "nginx"),
        (496, "nginx"),
        (497, "nginx"),
        (499, "nginx"),
        (509, "Apache / cPanel"),
        (520, "Cloudflare"),
        (521, "Cloudflare"),
        (522, "Cloudflare"),
        (523, "Cloudflare"),
        (524, "Cloudflare"),
        (525, "Cloudflare"),
        (526, "Cloudflare"),
        (530, "Cloudflare"),
    ];
    for (code, vendor) in expected {
        let info = registry::get(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(info.vendor, Some(vendor), "{code}");
    }
    assert_eq!(reason_phrase(420), Some("Enhance Your Calm"));
    assert_eq!(reason_phrase(499), Some("Client Closed Request"));
    assert!(registry::get(598).is_some() && registry::get(599).is_some());
}

#[test]
fn registered_meanings_win_over_vendor_meanings() {
    assert_eq!(reason_phrase(103), Some("Early Hints"));
    assert_eq!(reason_phrase(451), Some("Unavailable For Legal Reasons"));
    assert_eq!(registry::get(451).unwrap().kind, Kind::Registered);
}

#[test]
fn rfc_9110_names_are_canonical_and_former_names_are_aliases() {
    let cases = [
        (413, "Content Too Large", "Payload Too Large"),
        (413, "Content Too Large", "Request Entity Too Large"),
        (414, "URI Too Long", "Request-URI Too Long"),
        (
            416,
            "Range Not Satisfiable",
            "Requested Range Not Satisfiable",
        ),
        (422, "Unprocessable Content", "Unprocessable Entity"),
        (418, "(Unused)", "I'm a teapot"),
        (306, "(Unused)", "Switch Proxy"),
    ];
    for (code, name, alias) in cases {
        let info = registry::get(code).unwrap();
        assert_eq!(info.reason_phrase, name);
        assert!(info.aliases.contains(&alias), "{code} lacks alias {alias}");
    }
}

#[test]
fn table_is_sorted_unique_and_classes_match_the_first_digit() {
    let codes: Vec<u16> = registry::STATUS_CODES.iter().map(|i| i.code).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    for info in registry::STATUS_CODES {
        assert_eq!(Class::of(info.code), Some(info.class()));
        assert_eq!(
            info.class().as_str().as_bytes()[0],
            info.code.to_string().as_bytes()[0]
        );
    }
    assert_eq!(
        codes.len(),
        64 + 21,
        "64 registered and 21 unofficial codes"
    );
}

#[test]
fn reason_phrase_is_none_outside_the_table() {
    for code in [0, 1, 99, 105, 299, 460, 600, 999, u16::MAX] {
        assert_eq!(reason_phrase(code), None, "{code}");
    }
}

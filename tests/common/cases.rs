//! The table of cases in `tests/data/integration-cases.json`, run by `tests/axum.rs` and
//! `tests/actix.rs` against the same routes, so that the two integrations cannot drift.

use http_status_i18n::{Catalog, CONTENT_SECURITY_POLICY};
use serde_json::Value;

/// One case: a request and what its response must show.
pub struct Case {
    pub name: String,
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    expect: Value,
}

/// A response as the checks see it: lowercase header names, every value of each.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    fn values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    fn one(&self, name: &str) -> Option<&str> {
        let values = self.values(name);
        assert!(values.len() <= 1, "{name}: {values:?}");
        values.first().copied()
    }
}

/// The cases of the table.
pub fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/integration-cases.json"
    ))
    .unwrap();
    let table: Value = serde_json::from_str(&text).unwrap();
    table["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|case| Case {
            name: case["name"].as_str().unwrap().to_owned(),
            method: case["method"].as_str().unwrap().to_owned(),
            path: case["path"].as_str().unwrap().to_owned(),
            headers: case["headers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|pair| {
                    (
                        pair[0].as_str().unwrap().to_owned(),
                        pair[1].as_str().unwrap().to_owned(),
                    )
                })
                .collect(),
            expect: case.clone(),
        })
        .collect()
}

/// Checks `answer` against what `case` expects; panics with the case's name.
pub fn check(case: &Case, answer: &Answer) {
    let name = &case.name;
    let expect = &case.expect;
    let context = || format!("case {name:?}: {:?} {}", answer.headers, answer.body);
    assert_eq!(
        u64::from(answer.status),
        expect["status"].as_u64().unwrap(),
        "{}",
        context()
    );
    for (key, header) in [
        ("content_type", "content-type"),
        ("content_language", "content-language"),
    ] {
        match expect.get(key) {
            None => {}
            Some(Value::Null) => assert_eq!(answer.one(header), None, "{}", context()),
            Some(value) => {
                let found = answer.one(header).unwrap_or_default();
                assert!(
                    found.starts_with(value.as_str().unwrap()),
                    "{header}: {found:?}; {}",
                    context()
                );
            }
        }
    }
    if let Some(Value::Object(headers)) = expect.get("headers_equal") {
        for (header, value) in headers {
            assert_eq!(answer.one(header), value.as_str(), "{}", context());
        }
    }
    if let Some(Value::Object(headers)) = expect.get("headers_contain") {
        for (header, value) in headers {
            let found = answer.one(header).unwrap_or_default();
            assert!(found.contains(value.as_str().unwrap()), "{}", context());
        }
    }
    if expect.get("csp") == Some(&Value::Bool(true)) {
        assert_eq!(
            answer.one("content-security-policy"),
            Some(CONTENT_SECURITY_POLICY),
            "{}",
            context()
        );
    }
    if let Some(Value::Array(wanted)) = expect.get("vary") {
        let listed: Vec<&str> = answer
            .values("vary")
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        for item in wanted {
            let item = item.as_str().unwrap();
            assert_eq!(
                listed
                    .iter()
                    .filter(|l| l.eq_ignore_ascii_case(item))
                    .count(),
                1,
                "vary {item}: {listed:?}; {}",
                context()
            );
        }
    }
    if expect.get("body_empty") == Some(&Value::Bool(true)) {
        assert!(answer.body.is_empty(), "{}", context());
    }
    if let Some(Value::String(body)) = expect.get("body_equals") {
        assert_eq!(&answer.body, body, "{}", context());
    }
    if let Some(Value::Array(parts)) = expect.get("body_contains") {
        for part in parts {
            assert!(
                answer.body.contains(part.as_str().unwrap()),
                "{part}; {}",
                context()
            );
        }
    }
    if let Some(Value::Array(title)) = expect.get("title") {
        let code = u16::try_from(title[0].as_u64().unwrap()).unwrap();
        let title = Catalog::embedded()
            .title(code, title[1].as_str().unwrap())
            .unwrap();
        if answer
            .one("content-type")
            .is_some_and(|t| t.starts_with("application/problem+json"))
        {
            let json: Value = serde_json::from_str(&answer.body).unwrap();
            assert_eq!(json["title"], title, "{}", context());
            assert_eq!(json["status"], u64::from(code), "{}", context());
        } else {
            assert!(answer.body.contains(title), "{title}; {}", context());
        }
    }
}

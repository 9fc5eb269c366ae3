#!/usr/bin/env bash
# CLI tests: every command and every exit code (0 done, 1 bad input or
# conflict, 2 bad command line), on real files in a temporary folder.
#   tests/cli/run.sh path/to/mend
set -uo pipefail

MEND=${1:?usage: tests/cli/run.sh path/to/mend}
MEND=$(cd "$(dirname "$MEND")" && pwd)/$(basename "$MEND")
# An encrypted book made by the browser's WebCrypto (tests/data/encrypted/make.mjs).
ENCRYPTED=$(cd "$(dirname "$0")/../data/encrypted" && pwd)
unset MEND_PASSCODE  # each test that wants it sets it
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# run EXPECTED_EXIT NAME -- ARGS...: runs mend, keeps stdout in out, stderr in err.
run() {
  local want=$1 name=$2
  shift 3
  "$MEND" "$@" >out 2>err
  local got=$?
  if [ "$got" -eq "$want" ]; then ok; else
    fail "$name: exit $got, expected $want"; sed 's/^/  out: /' out | head -5; sed 's/^/  err: /' err | head -5
  fi
}
# has FILE PATTERN NAME: the file contains the (grep -E) pattern.
has() { if grep -Eq -- "$2" "$1"; then ok; else fail "$3: '$2' not in $1"; sed 's/^/  | /' "$1" | head -8; fi; }
hasnt() { if grep -Eq -- "$2" "$1"; then fail "$3: '$2' unexpectedly in $1"; else ok; fi; }

# ---- fixtures -------------------------------------------------------------------
ID() { printf '01JD%s' "$(printf "%0.s$1" $(seq 22))"; }
book() {  # book CASE_LETTER EVENT_LETTER NOTE: a small valid book with one case
  cat <<JSON
{"format":"mend-book","version":1,
 "settings":{"business_name":"Shop","currency":"EUR","first_response_seconds":60,"recovery_seconds":86400,
   "follow_up_seconds":259200,"utc_offset_minutes":0,"segment_budgets":{},"tier_annual_value":{}},
 "catalog":[{"id":"coffee","name":"Coffee","category":"gesture","cost":80,"value":450,"tags":["time"],
   "suits_categories":[],"suits_segments":[],"active":true}],
 "roles":[{"id":"staff","name":"Staff","per_case_limit":2000,"per_day_limit":5000,"can_approve":false}],
 "staff":[{"id":"ana","name":"Ana","role_id":"staff","pin_hash":""}],
 "playbooks":[],
 "cases":[{"id":"$(ID "$1")","events":[
   {"id":"$(ID "$2")","case":"$(ID "$1")","at":"2026-11-22T10:00:00.000Z","actor":"ana","type":"opened",
    "customer":{"name":"Zoë","contact":"+41 79 555","segment":"regular","value_tier":"medium","tenure_months":3,"cares_about":["time"]},
    "channel":"counter","category":"delay","severity":3,"customer_words":"Forty minutes!","customer_wants":"food",
    "taken_by":"ana","playbook_id":"three-step","playbook_version":1,"reference":"M-7KQ2"},
   {"id":"$(ID "$3")","case":"$(ID "$1")","at":"2026-11-22T10:05:00.000Z","actor":"ana","type":"note","text":"$4"}]}]}
JSON
}
book A B C "first" >a.json
book D E F "second" >b.json
book A B C "edited elsewhere" >conflict.json   # same event id C, other text
sed 's/"severity":3/"severity":9/; s/"cost":80/"cost":-80/' a.json >bad.json
printf '{"format":"mend-book","version":2}' >newer.json
printf '[1,2' >broken.json
: >empty.json

# ---- help, version, usage errors (exit 2) ---------------------------------------------
run 0 help -- --help;                 has out '^usage: mend' help; has out 'validate FILE' help
run 0 "command --help" -- merge --help; has out '^usage: mend' "merge --help"
run 0 version -- --version;           has out '^mend 0\.1\.0$' version
run 2 "no command" --;                has err 'usage: mend' "no command"
run 2 "unknown command" -- frobnicate; has err "unknown command 'frobnicate'" unknown; has err 'usage: mend' unknown
run 2 "unknown option" -- validate --fast a.json; has err "unknown option '--fast'" "unknown option"
run 2 "missing value" -- merge a.json b.json -o; has err "needs a value" "missing value"
run 2 "validate without files" -- validate; has err 'at least one FILE' "validate without files"
run 2 "stats bad time" -- stats a.json --from yesterday; has err 'not an ISO-8601 time' "stats bad time"
run 2 "merge without -o" -- merge a.json b.json; has err 'needs -o OUT' "merge without -o"
run 2 "merge one book" -- merge a.json -o m.json; has err 'at least two' "merge one book"
run 2 "merge bad prefer" -- merge a.json b.json -o m.json --prefer mine; has err 'ours or theirs' "bad prefer"
run 2 "sample without cases" -- sample -o s.json; has err '--cases N' "sample without cases"
run 2 "sample bad count" -- sample --cases many -o s.json; has err 'whole number' "sample bad count"
run 2 "coach two files" -- coach a b; has err 'one FILE' "coach two files"

# ---- validate -----------------------------------------------------------------------
run 0 "validate good" -- validate a.json b.json; has out '^a\.json: ok$' "validate a"; has out '^b\.json: ok$' "validate b"
run 1 "validate bad" -- validate a.json bad.json
has out '^a\.json: ok$' "validate mixed"
has out '^bad\.json: cases\[0\]\.events\[0\]\.severity: must be between 1 and 5$' "validate severity"
has out '^bad\.json: catalog\[0\]\.cost: must not be negative$' "validate cost"
run 1 "validate newer" -- validate newer.json; has out 'made by a newer Mend \(version 2\); this Mend reads version 1' newer
run 1 "validate syntax" -- validate broken.json; has out '^broken\.json: not valid JSON: .* at byte 4 \(line 1, column 5\)' syntax
run 1 "validate empty" -- validate empty.json; has out '^empty\.json: the file is empty' empty
run 1 "validate missing" -- validate nowhere.json; has out '^nowhere\.json: cannot read: No such file or directory$' missing
run 0 "validate stdin" -- validate - <a.json; has out '^-: ok$' "validate stdin"

# ---- stats ----------------------------------------------------------------------------
run 0 stats -- stats a.json; has out '^\{.*\}$' "stats json"
has out '"name":"delay","label":"Long delay","count":1' "stats category, labelled from the default vocabulary"
run 0 "stats range" -- stats a.json --from 2026-11-23T00:00:00Z --to 2027-01-01T00:00:00Z
hasnt out '"name":"delay"' "stats range excludes the case"
has out '"currency":"EUR","cases":0,' "stats range counts no case"
# The day the case was opened: counted (an empty answer cannot pass both).
run 0 "stats range with the case" -- stats a.json --from 2026-11-22T00:00:00Z --to 2026-11-23T00:00:00Z
has out '"currency":"EUR","cases":1,' "stats range counts the case"
has out '"name":"delay","label":"Long delay","count":1' "stats range keeps the case"
run 1 "stats bad book" -- stats bad.json; has out 'severity' "stats bad book"

# ---- merge ----------------------------------------------------------------------------
run 0 merge -- merge a.json b.json -o m.json; has out 'added 1 cases, 2 events' "merge counts"
run 0 "merged validates" -- validate m.json; has out '^m\.json: ok$' "merged ok"
has m.json "$(ID A)" "merged has case A"; has m.json "$(ID D)" "merged has case D"
[ ! -e m.json.tmp ] && ok || fail "merge left m.json.tmp"
run 1 "merge conflict" -- merge a.json conflict.json -o c.json
has out "conflict: cases\[\"$(ID A)\"\]\.events\[\"$(ID C)\"\]: same event id, different content \(note fields\)" "conflict line"
has out 'nothing written' "conflict summary"
[ ! -e c.json ] && [ ! -e c.json.tmp ] && ok || fail "merge wrote despite a conflict"
run 0 "merge prefer theirs" -- merge a.json conflict.json -o t.json --prefer theirs
has t.json 'edited elsewhere' "theirs won"; hasnt t.json '"first"' "ours replaced"
run 0 "merge prefer ours" -- merge a.json conflict.json b.json -o o.json --prefer ours
has o.json '"first"' "ours kept"; has o.json "$(ID D)" "third book merged"
run 1 "merge bad input" -- merge a.json bad.json -o x.json; [ ! -e x.json ] && ok || fail "merge wrote despite bad input"
run 1 "merge unwritable" -- merge a.json b.json -o /nonexistent-dir/m.json; has err 'cannot write' unwritable

# ---- coach ----------------------------------------------------------------------------
echo "I'm so sorry — this was our mistake. What can I do to make it right?" >good.txt
echo "Sorry, but it's our policy. It must have been accounting." >bad.txt
run 0 "coach clean" -- coach good.txt
has out '"apology":true' "coach apology"; has out '"ownership":true' "coach ownership"
has out '"ask":true' "coach ask"; has out '"donts":\[\]' "coach no donts"
run 0 "coach stdin" -- coach - <bad.txt; has out '"donts":\[\{"rule":' "coach donts"
has out '"suggestion":' "coach suggestion"
run 0 "coach stdin default" -- coach <bad.txt; has out '"kind":' "coach default stdin"
run 1 "coach missing" -- coach nowhere.txt; has out 'nowhere\.txt: cannot read' "coach missing"
echo '{"language":"en","rules":[{"id":"x","kind":' >badrules.json
run 1 "coach bad rules" -- coach good.txt --rules badrules.json; has out '^badrules\.json: ' "coach bad rules"
run 0 "coach again" -- coach good.txt; has out '"language":"en"' "coach auto english"; has out '"order":"ok"' "coach order"
run 0 "coach explain" -- coach good.txt --explain; has out '"score":' "coach score"
has out '"explain":{"components":\[{"id":"regret","weight":' "coach explain components"
has out '"found":\[{"rule":"apology-sorry","text":"sorry"' "coach explain words"
run 0 "coach lang en" -- coach good.txt --lang en; hasnt out '"explain"' "coach no explain by default"
run 2 "coach bad lang" -- coach good.txt --lang fr; has err 'unknown language "fr" \(expected en, ms, or auto\)' "coach bad lang"
echo "Saya minta maaf, ini salah kami. Apa yang boleh saya buat untuk memperbetulkannya? Terima kasih." >ms.txt
run 0 "coach malay" -- coach ms.txt; has out '"language":"ms"' "coach detects malay"
has out '"apology":true,"ownership":true,"ask":true,"thanks":true,"donts":\[\]' "coach malay checks"
echo "Maaf, tetapi itu polisi kami." | "$MEND" coach --lang ms >out 2>err; has out '"kind":"but-after-apology"' "coach malay but"
has out '"kind":"policy"' "coach malay policy"
run 0 "coach malay as english" -- coach ms.txt --lang en; has out '"apology":false' "coach --lang en on malay"

# ---- sample ---------------------------------------------------------------------------
run 0 sample -- sample --cases 50 --seed 7 -o s1.json; has out 's1\.json: 50 cases' "sample message"
run 0 "sample again" -- sample --cases 50 --seed 7 -o s2.json
cmp -s s1.json s2.json && ok || fail "sample is not deterministic by seed"
run 0 "sample other seed" -- sample --cases 50 --seed 8 -o s3.json
cmp -s s1.json s3.json && fail "different seeds gave the same book" || ok
run 0 "sample validates" -- validate s1.json; has out '^s1\.json: ok$' "sample valid"
run 0 "sample stats" -- stats s1.json; has out '^\{' "sample stats"

# ---- export and export-csv -----------------------------------------------------------
run 2 "export without -o" -- export a.json; has err 'needs -o OUT' "export without -o"
run 2 "export two books" -- export a.json b.json -o e.json; has err 'exactly one BOOK' "export two books"
run 2 "export bad time" -- export a.json -o e.json --from soon; has err 'not an ISO-8601 time' "export bad time"
run 0 "export sample" -- export s1.json -o e1.json; has out '^e1\.json: 50 cases$' "export message"
cmp -s s1.json e1.json && ok || fail "re-export of a Mend export changed its bytes"
run 0 "export hand-written" -- export a.json -o ea.json
run 0 "export again" -- export ea.json -o ea2.json
cmp -s ea.json ea2.json && ok || fail "export is not a fixed point"
run 0 "export validates" -- validate ea.json; has out '^ea\.json: ok$' "export valid"
run 0 "export range" -- export a.json -o er.json --from 2026-11-23T00:00:00Z
hasnt er.json "$(ID A)" "range export leaves out the earlier case"; has er.json '"catalog":\[\{"id":"coffee"' "range keeps the catalog"
run 1 "export bad book" -- export bad.json -o eb.json; [ ! -e eb.json ] && ok || fail "export wrote a bad book"
run 2 "export-csv without -o" -- export-csv a.json; has err 'needs -o OUT' "export-csv without -o"
run 2 "export-csv bad now" -- export-csv a.json -o c.csv --now later; has err 'not an ISO-8601 time' "csv bad now"
run 0 "export-csv" -- export-csv a.json -o a.csv --now 2026-11-22T10:00:30Z; has out '^a\.csv: 1 cases$' "csv message"
[ "$(head -c 3 a.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] && ok || fail "csv has no UTF-8 BOM"
tail -c +4 a.csv >a.body  # without the BOM
has a.body '^reference,opened \(UTC\),customer,contact,kind of failure,severity,channel,status,first response,recovery,follow-up,compensation cost \(EUR\),compensation value \(EUR\),verdict,retention,root cause,corrective action,reopened,case id.$' "csv header"
has a.body "^M-7KQ2,2026-11-22T10:00:00\.000Z,Zoë,'\+41 79 555,Long delay,3,At the counter,open,missed,pending,pending,0\.00,0\.00,,,,,0,$(ID A).$" "csv row, contact guarded"
[ "$(wc -l <a.csv)" -eq 2 ] && [ "$(grep -c $'\r$' a.csv)" -eq 2 ] && ok || fail "csv: two CRLF lines expected"
run 0 "export-csv later" -- export-csv a.json -o late.csv --now 2026-11-30T00:00:00Z; has late.csv ',open,missed,missed,missed,' "csv clocks at now"
run 0 "export-csv again" -- export-csv a.json -o a2.csv --now 2026-11-22T10:00:30Z
cmp -s a.csv a2.csv && ok || fail "export-csv is not deterministic"
run 0 "export-csv sample" -- export-csv s1.json -o s1.csv --now 2027-01-01T00:00:00Z
[ "$(grep -c $'\r$' s1.csv)" -ge 51 ] && ok || fail "csv of 50 cases needs at least 51 lines"
run 1 "export-csv bad book" -- export-csv bad.json -o bad.csv; [ ! -e bad.csv ] && ok || fail "export-csv wrote for a bad book"
run 0 "help lists export" -- --help; has out 'export-csv BOOK -o OUT' "help export-csv"

# ---- anonymise ------------------------------------------------------------------------
run 2 "anonymise without a rule" -- anonymise s1.json -o an.json; has err 'either --older-than' "anonymise needs a rule"
run 2 "anonymise two rules" -- anonymise s1.json -o an.json --older-than 6 --contact a@b.c; has err 'either --older-than' "anonymise one rule"
run 2 "anonymise bad months" -- anonymise s1.json -o an.json --older-than 0; has err 'from 1 to 1200' "anonymise months"
run 2 "anonymise bad contact" -- anonymise s1.json -o an.json --contact '--'; has err 'phone number or an e-mail' "anonymise contact"
run 1 "anonymise bad book" -- anonymise bad.json -o an.json --older-than 6; [ ! -e an.json ] && ok || fail "anonymise wrote for a bad book"
run 0 "anonymise retention" -- anonymise s1.json -o an.json --older-than 6 --now 2027-06-01T00:00:00Z
has out '^an\.json: anonymised [1-9][0-9]* of 50 cases \(retention\)$' "anonymise message"
run 0 "anonymised validates" -- validate an.json; has out '^an\.json: ok$' "anonymised valid"
has an.json '"type":"anonymised","reason":"retention","contact":"anon:[0-9a-f]{24}"' "anonymised event"
run 0 "anonymise again" -- anonymise an.json -o an2.json --older-than 6 --now 2027-06-01T00:00:00Z
has out 'anonymised 0 of 50 cases' "anonymise twice changes nothing"
run 0 "forget a customer" -- anonymise a.json -o fz.json --contact '+41 79 555'
has out '^fz\.json: anonymised 1 of 1 cases \(request\)$' "forget message"
for gone in 'Zoë' '79 555' 'Forty minutes' '"text":"first"'; do hasnt fz.json "$gone" "forgotten: $gone"; done
has fz.json '"reference":"M-7KQ2"' "forgotten case keeps its reference"
run 0 "forgotten validates" -- validate fz.json
run 0 "help lists anonymise" -- --help; has out 'anonymise BOOK -o OUT' "help anonymise"

# ---- encrypted books ------------------------------------------------------------------
# The browser's file (WebCrypto) opened by OpenSSL: the same book as its plain twin.
PASSCODE='correct horse 7'
cp "$ENCRYPTED/book.json" plain.json
cp "$ENCRYPTED/book.enc.json" browser.json
run 0 "decrypt the browser's file" -- decrypt browser.json -o opened.json --passcode "$PASSCODE"
has out '^opened\.json: decrypted, [0-9]+ bytes$' "decrypt message"
cmp -s opened.json plain.json && ok || fail "the browser's file does not decrypt to book.json"
run 0 "export the browser's file" -- export browser.json -o browser-export.json --passcode "$PASSCODE"
run 0 "export its plain twin" -- export plain.json -o plain-export.json
cmp -s browser-export.json plain-export.json && ok || fail "the browser's file exports differently"
run 0 "validate the browser's file" -- validate browser.json --passcode "$PASSCODE"; has out '^browser\.json: ok$' "browser file ok"
run 1 "wrong passcode" -- validate browser.json --passcode 'correct horse 8'
has out '^browser\.json: the passcode does not open this encrypted book \(or the file was changed\)$' "wrong passcode"
run 1 "no passcode" -- stats browser.json
has out '^browser\.json is encrypted: give its passcode with --passcode or the MEND_PASSCODE environment variable$' "no passcode"
MEND_PASSCODE="$PASSCODE" run 0 "MEND_PASSCODE" -- stats browser.json; has out '"cases":1,' "MEND_PASSCODE opens it"
MEND_PASSCODE='wrong' run 0 "--passcode before MEND_PASSCODE" -- validate browser.json --passcode "$PASSCODE"
MEND_PASSCODE='' run 1 "an empty MEND_PASSCODE is none" -- validate browser.json; has out 'is encrypted: give its passcode' "empty variable"
run 2 "empty --passcode" -- validate browser.json --passcode ''; has err '--passcode must not be empty' "empty passcode"
run 0 "encrypted on stdin" -- validate - --passcode "$PASSCODE" <browser.json; has out '^-: ok$' "encrypted stdin"

# What a changed file or a weak one gets.
first=$(sed -E 's/.*"ciphertext":"(.).*/\1/' browser.json)
[ "$first" = A ] && other=B || other=A
sed -E "s/(\"ciphertext\":\")./\\1$other/" browser.json >tampered.json
cmp -s browser.json tampered.json && fail "the tampered copy is unchanged" || ok
run 1 "tampered ciphertext" -- validate tampered.json --passcode "$PASSCODE"
has out '^tampered\.json: the passcode does not open this encrypted book \(or the file was changed\)$' "tampered refused"
sed 's/"iterations":600000/"iterations":1000/' browser.json >weak.json
run 1 "1000 iterations" -- validate weak.json --passcode "$PASSCODE"
has out '^weak\.json: kdf\.iterations: is 1000: at least 600000 are required' "weak refused, naming iterations"
sed -E 's/"iv":"[^"]*"/"iv":"AAAA"/' browser.json >short-iv.json
run 1 "short iv" -- export short-iv.json -o never.json --passcode "$PASSCODE"
has out '^short-iv\.json: cipher\.iv: must be 12 bytes, not 3$' "short iv refused"; [ ! -e never.json ] && ok || fail "wrote from a bad envelope"

# Writing encrypted: --encrypt on every command that writes a book.
run 2 "--encrypt without a passcode" -- export a.json -o never.json --encrypt; has err '--encrypt needs a passcode' "encrypt needs a passcode"
[ ! -e never.json ] && ok || fail "--encrypt without a passcode wrote a file"
run 2 "--encrypt given twice" -- export a.json -o never.json --encrypt --encrypt --passcode pw; has err "'--encrypt' given twice" "encrypt twice"
run 2 "no --encrypt for CSV" -- export-csv a.json -o never.csv --encrypt; has err "unknown option '--encrypt'" "csv not encrypted"
run 0 "export --encrypt" -- export a.json -o a.enc.json --encrypt --passcode 'pass word'
has a.enc.json '^\{"mend":"encrypted-book","version":1,"kdf":\{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"[A-Za-z0-9+/]{22}=="\},"cipher":\{"name":"AES-GCM","length":256,"iv":"[A-Za-z0-9+/]{16}"\},"ciphertext":"[A-Za-z0-9+/=]+"\}$' "envelope shape"
for secret in 'Zoë' 'Forty minutes' '79 555' 'M-7KQ2' 'customer_words' 'mend-book'; do hasnt a.enc.json "$secret" "no plaintext: $secret"; done
run 0 "validate --passcode" -- validate a.enc.json --passcode 'pass word'; has out '^a\.enc\.json: ok$' "encrypted export valid"
run 0 "export of the encrypted export" -- export a.enc.json -o a-again.json --passcode 'pass word'
cmp -s ea.json a-again.json && ok || fail "export --encrypt then export differs from the plain export"
MEND_PASSCODE='pass word' run 0 "export --encrypt with MEND_PASSCODE" -- export a.json -o a.enc2.json --encrypt
cmp -s a.enc.json a.enc2.json && fail "two encryptions are the same bytes (salt and iv not fresh)" || ok
[ "$(grep -o '"salt":"[^"]*"' a.enc.json)" != "$(grep -o '"salt":"[^"]*"' a.enc2.json)" ] && ok || fail "salt reused"
MEND_PASSCODE='pass word' run 0 "merge encrypted into encrypted" -- merge a.enc.json b.json -o m.enc.json --encrypt
has m.enc.json '^\{"mend":"encrypted-book"' "merge wrote encrypted"
MEND_PASSCODE='pass word' run 0 "merged encrypted validates" -- stats m.enc.json; has out '"cases":2,' "merged encrypted has both cases"
run 0 "sample --encrypt" -- sample --cases 5 --seed 7 -o s.enc.json --encrypt --passcode pw
run 0 "sample encrypted validates" -- validate s.enc.json --passcode pw; has out '^s\.enc\.json: ok$' "sample encrypted"
run 0 "anonymise encrypted" -- anonymise a.enc.json -o fz.enc.json --contact '+41 79 555' --encrypt --passcode 'pass word'
run 0 "decrypt the anonymised" -- decrypt fz.enc.json -o fz-open.json --passcode 'pass word'
hasnt fz-open.json 'Zoë' "anonymised inside the encryption"; has fz-open.json '"reference":"M-7KQ2"' "anonymised keeps the reference"
run 0 "export-csv of an encrypted book" -- export-csv a.enc.json -o enc.csv --now 2026-11-22T10:00:30Z --passcode 'pass word'
cmp -s a.csv enc.csv && ok || fail "CSV of the encrypted book differs"

# encrypt and decrypt: the book's own bytes, both ways.
run 0 encrypt -- encrypt a.json -o sealed.json --passcode pw; has out '^sealed\.json: 1 cases, encrypted$' "encrypt message"
hasnt sealed.json 'Forty minutes' "encrypt hides the words"
run 0 decrypt -- decrypt sealed.json -o unsealed.json --passcode pw
cmp -s a.json unsealed.json && ok || fail "encrypt then decrypt changed the bytes"
run 2 "encrypt without a passcode" -- encrypt a.json -o never.json; has err 'encrypt needs a passcode' "encrypt passcode"
run 2 "decrypt without -o" -- decrypt sealed.json --passcode pw; has err 'needs -o OUT' "decrypt -o"
run 1 "decrypt without a passcode" -- decrypt sealed.json -o never.json; has out '^sealed\.json is encrypted: give its passcode' "decrypt passcode"
run 1 "decrypt a plain book" -- decrypt a.json -o never.json --passcode pw; has out '^a\.json is not encrypted$' "decrypt plain"
run 1 "encrypt twice" -- encrypt sealed.json -o never.json --passcode pw; has out '^sealed\.json is already encrypted$' "encrypt encrypted"
run 1 "encrypt a bad book" -- encrypt bad.json -o never.json --passcode pw; has out '^bad\.json: cases\[0\]\.events\[0\]\.severity' "encrypt bad book"
[ ! -e never.json ] && ok || fail "a refused encrypt or decrypt wrote a file"
run 0 "help lists encryption" -- --help; has out 'decrypt FILE -o OUT' "help decrypt"; has out 'MEND_PASSCODE' "help MEND_PASSCODE"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

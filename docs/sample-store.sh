#!/usr/bin/env bash
# Fills a sample store (the agency of the README's pictures): ./docs/sample-store.sh DIR
# Needs a built peertrack (swift build) and GNU date: every date is counted back from today,
# so the store shows someone in each state whenever it is made.
set -euo pipefail
store="${1:?usage: docs/sample-store.sh STORE-FOLDER}"
pt() { "${PEERTRACK:-.build/debug/peertrack}" --store "$store" "$@"; }
ago() { date -u -d "today - $1 days" +%F; }
course="Supervising NC Certified Peer Support Specialists"

pt init --agency "Piedmont Recovery Alliance" >/dev/null
while IFS='|' read -r id name role login award; do
  pt person add "$id" --name "$name" --role "$role" ${login:+--login "$login"} >/dev/null
  [ -n "$award" ] && pt certify "$id" --date "$(ago "$award")" --override "certified before this store was kept" >/dev/null
done <<'ROSTER'
jose|José Ramírez-Núñez|specialist||650
ana|Ana Díaz|specialist||690
ben|Ben Okafor|specialist||800
cruz|Cruz Medina|specialist||745
dee|Dee Nguyen|specialist||200
eli|Eli Brooks|specialist||
fay|Fay Whitfield|specialist||480
zoe|Zoë Ñandú|supervisor|zoe|1100
kim|Kim Roe|supervisor|kim|400
ROSTER
pt recertify zoe --date "$(ago 390)" --override "renewal packet filed on paper" >/dev/null
pt training add zoe --course "$course" --date "$(ago 600)" --hours 3 >/dev/null

add() { pt ce add "$@"; }
verify() { pt ce verify "$1" --as zoe >/dev/null; }
verify "$(add jose --date "$(ago 300)" --hours 3.5 --title "Ethics and Boundaries in Peer Support" --category ethics --provider "UNC School of Social Work")"
i=0
while IFS='|' read -r hours category title provider; do
  i=$((i + 1))
  id=$(add ana --date "$(ago $((680 - 28 * i)))" --hours "$hours" --category "$category" --title "$title" ${provider:+--provider "$provider"})
  [ $((i % 3)) -ne 0 ] && verify "$id"
  true
done <<'ANA'
3|ethics|NC CPSS Code of Ethics in practice|UNC School of Social Work
2|general|Wellness Recovery Action Plan (WRAP) refresher|Copeland Center
1.5|general|Trauma-informed peer support: creating safety in first conversations|NC Division of MH/DD/SUS
2|general|Motivational interviewing for peers|Alliance Health
1|general|Naloxone training and overdose response|NC Harm Reduction Coalition
2.5|general|Supporting service members, veterans and their families|NC Serves
1|general|Documentation that respects the person|Piedmont Recovery Alliance
2|general|Cultural humility in peer relationships|NC Division of MH/DD/SUS
1.5|general|Crisis de-escalation without force|Alliance Health
1|ethics|Dual relationships in small communities|UNC School of Social Work
2|general|Co-occurring disorders: what peers need to know|NC Division of MH/DD/SUS
1|general|Whole Health Action Management (WHAM) overview|
1.5|general|Peer support in emergency departments|Vaya Health
2|general|Suicide prevention: QPR gatekeeper training|QPR Institute
1|general|Self-care and compassion fatigue|Piedmont Recovery Alliance
1.5|general|Housing First and peer outreach|NC Coalition to End Homelessness
1|general|Using recovery language in team meetings|
2|general|Medication for opioid use disorder: myths and facts|NC Harm Reduction Coalition
1|general|Telehealth peer support: privacy and presence|UNC School of Social Work
1.5|general|Supporting people leaving incarceration|NC Reentry Council
1|general|Family peer support: working alongside caregivers|
2|ethics|Confidentiality, HIPAA and 42 CFR Part 2 for peers|UNC School of Social Work
ANA
add ben --date "$(ago 500)" --hours 4 --category general --title "Recovery storytelling workshop" >/dev/null
add cruz --date "$(ago 420)" --hours 2 --category general --title "Motivational interviewing for peers" --provider "Alliance Health" >/dev/null
add cruz --date "$(ago 100)" --hours 3 --category ethics --title "NC CPSS Code of Ethics in practice" --provider "UNC School of Social Work" >/dev/null
verify "$(add dee --date "$(ago 150)" --hours 6 --category general --title "WRAP facilitator training" --provider "Copeland Center")"
add dee --date "$(ago 40)" --hours 3 --category ethics --title "Ethics and Boundaries in Peer Support" --provider "UNC School of Social Work" >/dev/null
verify "$(add fay --date "$(ago 300)" --hours 3 --category ethics --title "NC CPSS Code of Ethics in practice" --provider "UNC School of Social Work")"
add fay --date "$(ago 20)" --hours 8 --category general --title "Peer support specialists annual conference" --provider "NC Peer Support Network" >/dev/null
add kim --date "$(ago 90)" --hours 2 --category general --title "Leading reflective supervision" >/dev/null

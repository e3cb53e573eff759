#!/usr/bin/env bash
# Writes N synthetic stories (~800 words, 3 ## headings, full front matter) under DIR.
#   bench/generate-stories.sh DIR [N]
set -euo pipefail
dir=$1
count=${2:-10000}
mkdir -p "$dir"
awk -v dir="$dir" -v count="$count" 'BEGIN {
  srand(42)
  nw = split("the a of to and in on for with that from by at as is was are were has have will would could " \
    "government minister officials trade market talks summit economy growth policy city council election " \
    "voters company industry workers technology research study report data climate energy weather river " \
    "school students hospital patients health court ruling judge police investigation border security " \
    "president parliament budget taxes prices inflation bank investors shares exports imports agreement " \
    "neighbours community festival museum artists music film season team match coach players record " \
    "said announced warned expected reported confirmed argued agreed rejected planned promised noted " \
    "new major local national regional international early late recent strong weak higher lower public", w, " ")
  nd = split("World|Politics|Business|Technology|Science|Culture|Sport|Opinion", desks, "|")
  nt = split("South Korea|China|Trade|Climate|Elections|AI|Energy|Health|Markets|Football|Film|Music|Europe|Asia|Housing|Transport|Education|Space|Courts|Budget", tags, "|")
  na = split("Kim Min-ji|Jo Lee|Ana Souza|Peter Novak|Amina Diallo|Hiroshi Sato|Laura Brandt|Omar Haddad|Mei Chen|Sam Okoro", authors, "|")
  for (i = 1; i <= count; i++) {
    d = desks[int(rand() * nd) + 1]
    sub_dir = tolower(d)
    file = sprintf("%s/%s/story-%05d.md", dir, sub_dir, i)
    if (!(sub_dir in made)) { system("mkdir -p \"" dir "/" sub_dir "\""); made[sub_dir] = 1 }
    day = 1 + (i % 28); month = 1 + (int(i / 28) % 12); year = 2016 + (int(i / 336) % 10)
    printf "---\ntitle: \"%s %s %s: story %d\"\n", cap(word()), word(), word(), i > file
    printf "date: %04d-%02d-%02dT%02d:%02d:00Z\n", year, month, day, i % 24, i % 60 > file
    printf "section: %s\n", d > file
    printf "tags: [%s, %s]\n", tags[int(rand() * nt) + 1], tags[int(rand() * nt) + 1] > file
    printf "author: %s\n", authors[int(rand() * na) + 1] > file
    printf "summary: %s\n---\n\n", sentence(18) > file
    printf "%s\n\n%s\n\n", paragraph(), paragraph() > file
    for (h = 1; h <= 3; h++) {
      printf "## %s %s %s %d\n\n", cap(word()), word(), word(), h > file
      printf "%s\n\n%s\n\n", paragraph(), paragraph() > file
    }
    close(file)
  }
}
function word() { return w[int(rand() * nw) + 1] }
function cap(s) { return toupper(substr(s, 1, 1)) substr(s, 2) }
function sentence(n,   s, k) { s = cap(word()); for (k = 1; k < n; k++) s = s " " word(); return s "." }
function paragraph(   p, k) { p = sentence(20); for (k = 1; k < 5; k++) p = p " " sentence(20); return p }
'
echo "$count stories in $dir ($(du -sh "$dir" | cut -f1))"

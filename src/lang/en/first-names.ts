// Common English-language given names with the gender they most often carry, used only to steer
// "he"/"she" to a compatible person (never to decide who is a person). Source: the most frequent
// given names in the US Social Security Administration's "Popular Baby Names" by decade
// (1940s–1990s), plus frequent UK/Commonwealth forms; ambiguous names (Jordan, Taylor, Leslie,
// Jamie, Robin, Kelly, Sandy, Kim, …) are left out on purpose.

const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony donald mark paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
frank gregory raymond alexander patrick jack dennis denis jerry tyler aaron jose henry adam douglas nathan
peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur
austin noah lawrence jesse joe bryan billy bruce albert willie gabriel logan alan juan wayne roy
ralph randy eugene vincent russell elijah louis bobby philip phil johnny mitch mitchell ted rand
marco jeb bernie barack bill hank tim chris mike dave dan tom jim bob rick ben ken greg steve
vladimir dmitry sergei rustem volodymyr andrii keith lindsey nikolai ivan pierre jean-claude
hans klaus jens mohammed mohamed ahmed ali omar hassan ibrahim xi jeremy boris emmanuel justin
rishi keir nigel tony gordon david mick colin neil ian stuart graham alistair angus hamish`;

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia
julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah
martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella charlotte rose alexis kayla hillary hilary madeleine kirsten wendy nikki sarah-jane
claire fiona priya anneke angela ursula theresa nicola margaret kamala nancy elizabeth ivanka
melania michelle susan phyllis tulsi elise jill condoleezza madeleine ruth sonia elena maria`;

export const EN_FIRST_NAME_GENDER: ReadonlyMap<string, "f" | "m"> = new Map<string, "f" | "m">([
  ...MALE.split(/\s+/).filter(Boolean).map((n) => [n, "m"] as const),
  ...FEMALE.split(/\s+/).filter(Boolean).map((n) => [n, "f"] as const),
]);

"""How the body atlas (front.svg, back.svg) was drawn: run ``python articles/atlas/draw.py`` to redraw it.

The artwork is original, drawn for this site as simple outlines. Each muscle
is drawn once, on the figure's right half, and mirrored onto the left half,
so both sides match; a muscle's two halves are one shape (``<g id=...>``),
which is what an editor picks in the admin. The committed SVG files are what
the site serves; this script is kept so the drawing can be changed and
redrawn the same way. Shape ids and names must match ``articles.atlas.SHAPES``
(a test checks it).
"""

import re
from pathlib import Path

WIDTH = 300
HERE = Path(__file__).resolve().parent
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

# The right half of the body's outline, from the chin round the arm and leg to the crotch.
SILHOUETTE = (
    "M150 86 L163 88 C164 96 165 101 170 105 C185 109 200 111 208 117 C218 125 221 139 220 153 "
    "C222 181 225 211 227 241 C231 271 235 301 237 341 C239 356 239 373 233 389 C227 395 219 393 217 385 "
    "C215 371 214 357 214 345 C209 311 203 281 199 251 C196 221 194 196 193 170 "
    "C192 200 188 230 186 255 C190 275 198 292 201 312 C205 352 203 402 195 447 "
    "C193 462 193 472 195 482 C201 512 197 552 187 587 C189 598 193 606 197 613 L165 615 "
    "C161 601 161 593 164 585 C160 551 158 521 160 491 C160 471 158 461 158 449 "
    "C156 411 154 361 152 331"
)

FRONT = [
    ("front-trapezius", "M163 96 C175 104 190 108 204 114 C190 115 175 113 165 109 Z"),
    ("front-deltoid", "M205 119 C215 120 221 132 220 151 C218 165 213 176 207 182 C202 170 199 150 199 131 Z"),
    ("front-pectoralis-major", "M152 122 C170 118 189 118 200 125 C203 141 201 160 196 172 C185 182 166 184 152 178 Z"),
    ("front-biceps-brachii", "M199 187 C207 185 213 191 215 206 C217 222 215 238 211 246 C205 240 201 226 199 210 Z"),
    ("front-forearm", "M211 257 C219 255 227 269 229 291 C231 311 231 329 227 341 C221 333 217 311 215 291 Z"),
    ("front-rectus-abdominis", "M152 186 C160 186 167 188 171 191 L171 292 C165 300 158 304 152 306 Z"),
    ("front-obliques", "M176 191 C183 193 189 198 189 212 C187 233 185 253 189 273 C185 283 180 290 176 294 Z"),
    ("front-adductors", "M155 322 C162 328 167 338 169 352 C167 372 163 388 159 398 C157 378 155 350 154 332 Z"),
    (
        "front-rectus-femoris",
        "M181 318 C188 332 189 362 187 392 C186 410 182 424 177 434 "
        "C172 424 171 408 171 390 C171 360 174 336 181 318 Z",
    ),
    (
        "front-vastus-lateralis",
        "M194 324 C200 346 199 392 194 430 C192 442 188 448 184 451 "
        "C186 431 190 411 191 391 C193 361 192 341 190 327 Z",
    ),
    (
        "front-vastus-intermedius",
        "M189 378 C190 398 188 420 184 436 C181 434 180 428 181 420 C184 408 187 394 189 378 Z",
    ),
    ("front-vastus-medialis", "M167 396 C161 414 160 436 166 452 C172 458 179 456 181 448 C175 440 171 420 169 400 Z"),
    (
        "front-tibialis-anterior",
        "M184 478 C190 500 190 530 184 560 C182 566 180 568 178 566 C180 540 180 505 184 478 Z",
    ),
    ("front-calves", "M162 486 C158 505 158 530 162 548 C166 530 168 505 166 488 Z"),
]

BACK = [
    (
        "back-trapezius",
        "M150 92 C160 96 168 100 172 104 C186 110 200 112 206 118 C190 122 176 130 168 150 C162 170 156 190 150 206 Z",
    ),
    ("back-deltoid", "M205 119 C215 120 221 132 220 151 C218 165 213 176 207 182 C202 170 199 150 199 131 Z"),
    (
        "back-latissimus-dorsi",
        "M170 152 C180 142 191 143 194 162 C194 192 189 222 180 250 "
        "C171 258 161 262 154 262 L154 214 C160 192 164 170 170 152 Z",
    ),
    ("back-triceps-brachii", "M200 185 C210 187 216 201 216 221 C216 236 213 244 208 246 C203 232 200 212 199 197 Z"),
    ("back-forearm", "M211 257 C219 255 227 269 229 291 C231 311 231 329 227 341 C221 333 217 311 215 291 Z"),
    ("back-erector-spinae", "M152 214 C157 216 161 222 161 232 L161 288 C158 294 155 297 152 298 Z"),
    ("back-gluteus-medius", "M172 262 C186 261 197 272 200 290 C191 290 181 285 170 277 Z"),
    ("back-gluteus-maximus", "M152 280 C166 272 184 279 197 293 C202 307 200 321 192 331 C180 339 164 337 153 331 Z"),
    ("back-adductors", "M153 338 C158 342 161 352 161 366 C160 380 157 392 154 398 Z"),
    ("back-semimembranosus", "M159 345 C164 370 166 410 164 440 C163 452 161 460 159 464 C156 440 156 400 157 370 Z"),
    (
        "back-semitendinosus",
        "M167 338 C175 346 179 370 177 400 C175 420 171 440 167 458 "
        "C165 440 167 410 167 390 C167 370 165 350 167 338 Z",
    ),
    (
        "back-biceps-femoris-long-head",
        "M180 338 C190 346 193 370 191 400 C189 420 187 440 189 458 "
        "C185 452 181 432 180 410 C178 380 178 360 180 338 Z",
    ),
    ("back-biceps-femoris-short-head", "M194 392 C198 410 198 432 194 454 C192 446 192 420 194 392 Z"),
    (
        "back-gastrocnemius-medial-head",
        "M160 470 C170 474 174 490 174 510 C172 525 168 535 164 540 C160 520 158 500 160 470 Z",
    ),
    (
        "back-gastrocnemius-lateral-head",
        "M178 472 C188 478 192 494 190 512 C188 522 184 530 178 534 C176 515 176 495 178 472 Z",
    ),
    ("back-soleus", "M164 543 C170 548 180 548 186 538 C188 554 184 568 178 576 C172 570 166 562 164 543 Z"),
]

VIEWS = {
    "front": ("The body from the front", FRONT),
    "back": ("The body from behind", BACK),
}

_NUMBER_PAIR = re.compile(r"(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)")


def mirrored(path):
    """The path reflected about the body's midline (absolute commands only)."""
    return _NUMBER_PAIR.sub(lambda match: f"{_number(WIDTH - float(match[1]))} {match[2]}", path)


def _number(value):
    return f"{value:g}"


def draw(view):
    title, muscles = VIEWS[view]
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} 640" font-family="{FONT}">',
        f'  <title id="atlas-{view}-title">{title}</title>',
        f'  <desc id="atlas-{view}-desc">A simplified drawing of the whole body {title[9:]}, '
        "with the major muscles outlined on both sides.</desc>",
        f'  <g id="atlas-{view}-body" fill="#f4eee6" stroke="#8a7f72" stroke-width="1.5" stroke-linejoin="round">',
        f'    <path stroke="none" d="{SILHOUETTE} L150 331 Z {mirrored(SILHOUETTE)} L150 331 Z"/>',
        f'    <path fill="none" d="{SILHOUETTE} {mirrored(SILHOUETTE)}"/>',
        '    <ellipse cx="150" cy="50" rx="27" ry="34"/>',
        "  </g>",
        f'  <g id="atlas-{view}-muscles" fill="#e3cfc4" stroke="#8f5b50" stroke-width="1.1" stroke-linejoin="round">',
    ]
    for shape_id, path in muscles:
        lines.append(f'    <g id="{shape_id}"><path d="{path}"/><path d="{mirrored(path)}"/></g>')
    lines.append("  </g>")
    label = "Front" if view == "front" else "Back"
    lines.append(f'  <text x="{WIDTH / 2:g}" y="636" text-anchor="middle" font-size="15" fill="#4f5a62">{label}</text>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    for view in VIEWS:
        (HERE / f"{view}.svg").write_text(draw(view), encoding="utf-8")

// Deterministic generator of a large Laravel-shaped app for `npm run bench` and the optimisation
// test: per entity a model, web and API controllers (index/store/update/...), form requests, a
// resource, a policy, a service, a repository, jobs, an event and listener, an observer, a
// notification, a factory, a seeder, a migration, tests and Blade views; plus config/, routes and a
// legacy corner. A seeded PRNG decides which files carry a rule's positive case or a look-alike,
// and the manifest says how many findings of each code rule the app holds.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  ARTISAN,
  BOOTSTRAP_APP,
  COMPOSER_JSON,
  COMPOSER_LOCK,
  CONFIG,
  ENV_EXAMPLE,
  ENV_PRODUCTION,
  moduleConfig
} from './skeleton.js'

export interface GenerateOptions {
  seed: number
  /** How many entities (each gives 20 PHP files and 3 Blade views). */
  entities: number
  /** Spread every positive case and look-alike over the entities, so that a small app has them all. */
  everyCase?: boolean
}

export interface GeneratedApp {
  dir: string
  /** Every file written, relative to dir, sorted. */
  files: string[]
  /** PHP and Blade files (what the audit parses), relative to dir, sorted. */
  phpFiles: string[]
  bytes: number
  phpBytes: number
  /** Findings the app must produce, by rule id (code rules and the suppression meta rules). */
  expected: Record<string, number>
  /** Findings that a suppression comment moves aside, by rule id. */
  expectedSuppressed: Record<string, number>
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NOUNS = [
  'Invoice',
  'Customer',
  'Order',
  'Product',
  'Shipment',
  'Warehouse',
  'Supplier',
  'Payment',
  'Refund',
  'Coupon',
  'Campaign',
  'Subscriber',
  'Ticket',
  'Article',
  'Category',
  'Tag',
  'Review',
  'Address',
  'Contract',
  'Employee',
  'Department',
  'Project',
  'Task',
  'Milestone',
  'Timesheet',
  'Expense',
  'Budget',
  'Vehicle',
  'Driver',
  'Route',
  'Booking',
  'Room',
  'Guest',
  'Event',
  'Venue',
  'Speaker',
  'Course',
  'Lesson',
  'Student',
  'Teacher',
  'Grade',
  'Assignment',
  'Patient',
  'Appointment',
  'Prescription',
  'Device',
  'Sensor',
  'Reading',
  'Alert',
  'Report',
  'Dashboard',
  'Widget',
  'Document',
  'Folder',
  'Attachment',
  'Message',
  'Thread',
  'Comment',
  'Vote',
  'Survey',
  'Question',
  'Answer',
  'Badge'
]
const QUALIFIERS = [
  '',
  'Draft',
  'Archived',
  'Recurring',
  'Partner',
  'Internal',
  'Regional',
  'Wholesale',
  'Retail',
  'Seasonal',
  'Premium',
  'Legacy',
  'Scheduled',
  'Shared',
  'Pending',
  'Approved',
  'Import',
  'Export'
]
const FIELD_POOL: Array<[string, string, string, string]> = [
  // name, migration column, validation rule, faker
  ['name', "string('name')", "'required', 'string', 'max:255'", 'fake()->words(3, true)'],
  ['title', "string('title')", "'required', 'string', 'max:255'", 'fake()->sentence()'],
  ['description', "text('description')->nullable()", "'nullable', 'string'", 'fake()->paragraph()'],
  ['status', "string('status')->default('draft')", "'required', 'in:draft,active,archived'", "'active'"],
  ['reference', "string('reference')->unique()", "'required', 'string', 'max:64'", 'fake()->uuid()'],
  ['amount', "decimal('amount', 12, 2)", "'required', 'numeric', 'min:0'", 'fake()->randomFloat(2, 1, 9999)'],
  [
    'quantity',
    "unsignedInteger('quantity')",
    "'required', 'integer', 'min:1'",
    'fake()->numberBetween(1, 50)'
  ],
  ['email', "string('email')->nullable()", "'nullable', 'email'", 'fake()->safeEmail()'],
  ['phone', "string('phone', 32)->nullable()", "'nullable', 'string', 'max:32'", 'fake()->phoneNumber()'],
  ['starts_at', "timestamp('starts_at')->nullable()", "'nullable', 'date'", 'now()'],
  [
    'ends_at',
    "timestamp('ends_at')->nullable()",
    "'nullable', 'date', 'after:starts_at'",
    'now()->addWeek()'
  ],
  [
    'priority',
    "unsignedTinyInteger('priority')->default(3)",
    "'integer', 'between:1,5'",
    'fake()->numberBetween(1, 5)'
  ],
  ['is_public', "boolean('is_public')->default(false)", "'boolean'", 'fake()->boolean()'],
  ['notes', "text('notes')->nullable()", "'nullable', 'string', 'max:5000'", 'fake()->text()'],
  ['currency', "char('currency', 3)->default('EUR')", "'required', 'string', 'size:3'", "'EUR'"],
  ['country', "char('country', 2)->nullable()", "'nullable', 'string', 'size:2'", 'fake()->countryCode()'],
  ['color', "string('color', 16)->nullable()", "'nullable', 'string', 'max:16'", 'fake()->hexColor()'],
  [
    'position',
    "unsignedInteger('position')->default(0)",
    "'integer', 'min:0'",
    'fake()->numberBetween(0, 100)'
  ]
]

interface Entity {
  name: string
  snake: string
  plural: string
  camel: string
  fields: Array<[string, string, string, string]>
  parent: Entity | null
  flags: Set<Flag>
}

type Flag =
  | 'upload' // web controller stores an upload on the default (local) disk
  | 'upload-s3' // look-alike: an upload stored on s3
  | 'repo-store' // look-alike: $this->repository->store($data)
  | 'disk-local-put' // job writes through the local disk
  | 'native-write' // job writes file_put_contents(storage_path(...))
  | 'disk-s3-put' // look-alike: s3 write
  | 'temp-write' // look-alike: temp file
  | 'cache-file' // service selects the file cache store
  | 'cache-redis' // look-alike
  | 'cache-remember' // look-alike
  | 'log-daily' // job logs through the daily channel
  | 'log-build' // job builds a single-file channel
  | 'log-stderr' // look-alike
  | 'env' // service calls env()
  | 'environment' // look-alike app()->environment()
  | 'blade-storage' // view hard-codes asset('storage/…')
  | 'blade-s3' // look-alike Storage::url in a view
  | 'const-storage' // service constant /var/www/html/storage/app/…
  | 'comment-storage' // look-alike: the path only in a comment

const FLAG_ODDS: Array<[Flag, number]> = [
  ['upload', 0.05],
  ['upload-s3', 0.08],
  ['repo-store', 0.3],
  ['disk-local-put', 0.03],
  ['native-write', 0.02],
  ['disk-s3-put', 0.1],
  ['temp-write', 0.05],
  ['cache-file', 0.02],
  ['cache-redis', 0.05],
  ['cache-remember', 0.4],
  ['log-daily', 0.02],
  ['log-build', 0.01],
  ['log-stderr', 0.05],
  ['env', 0.02],
  ['environment', 0.1],
  ['blade-storage', 0.03],
  ['blade-s3', 0.1],
  ['const-storage', 0.01],
  ['comment-storage', 0.05]
]

/** Which code rule a positive flag triggers (one finding each). */
const FLAG_RULE: Partial<Record<Flag, string>> = {
  upload: 'upload-to-local-disk',
  'disk-local-put': 'storage-local-write',
  'native-write': 'storage-local-write',
  'cache-file': 'cache-store-explicit-local',
  'log-daily': 'log-local-file-in-code',
  'log-build': 'log-local-file-in-code',
  env: 'env-outside-config',
  'blade-storage': 'hardcoded-storage-path',
  'const-storage': 'hardcoded-storage-path'
}

const snakeOf = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
const pluralOf = (s: string): string =>
  s.endsWith('y') && !/[aeiou]y$/.test(s)
    ? `${s.slice(0, -1)}ies`
    : /(s|x|ch|sh)$/.test(s)
      ? `${s}es`
      : `${s}s`
const camelOf = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]
}

function entitiesFor(rng: () => number, count: number, everyCase: boolean): Entity[] {
  const names: string[] = []
  for (const q of QUALIFIERS) for (const n of NOUNS) names.push(`${q}${n}`)
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[names[i], names[j]] = [names[j], names[i]]
  }
  if (count > names.length) throw new Error(`at most ${names.length} entities`)
  const out: Entity[] = []
  for (const name of names.slice(0, count)) {
    const pool = [...FIELD_POOL]
    const fields: Entity['fields'] = []
    const n = 4 + Math.floor(rng() * 9)
    for (let i = 0; i < n && pool.length > 0; i++)
      fields.push(pool.splice(Math.floor(rng() * pool.length), 1)[0])
    const flags = new Set<Flag>()
    for (const [flag, odds] of FLAG_ODDS) if (rng() < odds) flags.add(flag)
    if (everyCase) {
      FLAG_ODDS.forEach(([flag], i) => {
        if (i % count === out.length) flags.add(flag)
      })
    }
    const snake = snakeOf(name)
    out.push({
      name,
      snake,
      plural: pluralOf(snake),
      camel: camelOf(name),
      fields,
      parent: out.length > 0 && rng() < 0.6 ? pick(rng, out) : null,
      flags
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

const studly = (s: string): string => s.replace(/(^|_)(\w)/g, (_m, _a, c: string) => c.toUpperCase())

/** Ordinary domain logic of several shapes: queries, collections, match, loops, early returns. */
function domainMethods(e: Entity, rng: () => number, count: number): string {
  const shapes = [
    (f: string): string => `
    /**
     * Build the ${f.replace(/_/g, ' ')} breakdown for the reporting dashboard.
     *
     * @return array<int, array<string, mixed>>
     */
    public function ${camelOf(studly(f))}Breakdown(\\DateTimeInterface $from, \\DateTimeInterface $to): array
    {
        $rows = ${e.name}::query()
            ->whereBetween('created_at', [$from, $to])
            ->selectRaw('${f} as bucket, count(*) as total')
            ->groupBy('${f}')
            ->orderByDesc('total')
            ->limit(20)
            ->get();

        $total = max(1, (int) $rows->sum('total'));

        return $rows->map(fn ($row) => [
            'bucket' => $row->bucket,
            'total' => (int) $row->total,
            'share' => round($row->total / $total * 100, 1),
        ])->values()->all();
    }
`,
    (f: string): string => `
    /**
     * A human label for the ${f.replace(/_/g, ' ')} of a ${e.snake.replace(/_/g, ' ')}.
     */
    public function describe${studly(f)}(${e.name} $${e.camel}): string
    {
        $value = $${e.camel}->${f};

        return match (true) {
            $value === null => __('not set'),
            is_bool($value) => $value ? __('yes') : __('no'),
            is_numeric($value) && $value < 0 => __('negative (:v)', ['v' => $value]),
            is_numeric($value) => number_format((float) $value, 2, ',', '.'),
            $value instanceof \\DateTimeInterface => $value->format('d.m.Y H:i'),
            default => \\Illuminate\\Support\\Str::limit((string) $value, 80),
        };
    }
`,
    (f: string): string => `
    /**
     * Apply a bulk change of the ${f.replace(/_/g, ' ')} and report what changed.
     *
     * @param  array<int, int>  $ids
     * @return array{updated: int, skipped: array<int, int>}
     */
    public function bulkUpdate${studly(f)}(array $ids, mixed $value): array
    {
        $updated = 0;
        $skipped = [];

        foreach (array_chunk($ids, 200) as $chunk) {
            $models = ${e.name}::query()->whereKey($chunk)->get()->keyBy('id');
            foreach ($chunk as $id) {
                $model = $models->get($id);
                if ($model === null || $model->trashed()) {
                    $skipped[] = $id;
                    continue;
                }
                if ($model->${f} === $value) {
                    continue;
                }
                $model->${f} = $value;
                $model->save();
                $updated++;
            }
        }

        return ['updated' => $updated, 'skipped' => $skipped];
    }
`,
    (f: string): string => `
    /**
     * Validate an imported row before it becomes a ${e.snake.replace(/_/g, ' ')}.
     *
     * @param  array<string, mixed>  $row
     * @return list<string>
     */
    protected function problemsWith${studly(f)}(array $row, int $line): array
    {
        $problems = [];
        if (! array_key_exists('${f}', $row)) {
            $problems[] = sprintf('line %d: the column "${f}" is missing', $line);
        } elseif (is_string($row['${f}']) && strlen($row['${f}']) > 255) {
            $problems[] = sprintf('line %d: "${f}" is longer than 255 characters', $line);
        } elseif (is_array($row['${f}'])) {
            $problems[] = sprintf('line %d: "${f}" must be a single value, got %d', $line, count($row['${f}']));
        }

        return $problems;
    }
`
  ]
  let out = ''
  for (let i = 0; i < count; i++) out += pick(rng, shapes)(e.fields[i % e.fields.length][0])
  return out
}

function model(e: Entity, rng: () => number): string {
  const fillable = e.fields.map(([f]) => `        '${f}',`).join('\n')
  const casts = e.fields
    .filter(([f]) => /_at$|^is_|amount|quantity|priority|position/.test(f))
    .map(
      ([f]) =>
        `            '${f}' => '${/_at$/.test(f) ? 'datetime' : f.startsWith('is_') ? 'boolean' : f === 'amount' ? 'decimal:2' : 'integer'}',`
    )
    .join('\n')
  const parent = e.parent
    ? `
    /**
     * The ${e.parent.snake.replace(/_/g, ' ')} this ${e.snake.replace(/_/g, ' ')} belongs to.
     */
    public function ${e.parent.camel}(): BelongsTo
    {
        return $this->belongsTo(${e.parent.name}::class);
    }
`
    : ''
  const scopes = e.fields.some(([f]) => f === 'status')
    ? `
    /**
     * Scope a query to only include active ${e.plural.replace(/_/g, ' ')}.
     */
    public function scopeActive(Builder $query): Builder
    {
        return $query->where('status', 'active');
    }

    /**
     * Scope a query to ${e.plural.replace(/_/g, ' ')} in one of the given states.
     *
     * @param  array<int, string>  $states
     */
    public function scopeInState(Builder $query, array $states): Builder
    {
        return $query->whereIn('status', $states);
    }
`
    : ''
  const extra =
    rng() < 0.5
      ? `
    /**
     * A short label for lists and notifications.
     */
    public function label(): string
    {
        return sprintf('%s #%d', class_basename($this), $this->getKey());
    }
`
      : ''
  const phpType = (col: string): string =>
    /decimal/.test(col)
      ? 'string'
      : /Integer|TinyInteger/.test(col)
        ? 'int'
        : /boolean/.test(col)
          ? 'bool'
          : /timestamp/.test(col)
            ? '\\Illuminate\\Support\\Carbon|null'
            : 'string'
  const props = [
    ' * @property int $id',
    ...e.fields.map(
      ([f, col]) =>
        ` * @property ${phpType(col)}${/nullable/.test(col) && !/null$/.test(phpType(col)) ? '|null' : ''} $${f}`
    ),
    ' * @property \\Illuminate\\Support\\Carbon|null $created_at',
    ' * @property \\Illuminate\\Support\\Carbon|null $updated_at',
    ' * @property \\Illuminate\\Support\\Carbon|null $deleted_at',
    ` * @method static \\Database\\Factories\\${e.name}Factory factory($count = null, $state = [])`,
    ` * @method static Builder<static>|${e.name} newModelQuery()`,
    ` * @method static Builder<static>|${e.name} newQuery()`,
    ` * @method static Builder<static>|${e.name} query()`,
    ...e.fields.map(
      ([f]) =>
        ` * @method static Builder<static>|${e.name} where${f.replace(/(^|_)(\w)/g, (_m, _a, c: string) => c.toUpperCase())}($value)`
    )
  ].join('\n')
  const accessors = e.fields
    .filter(([f]) => ['name', 'title', 'reference', 'email', 'phone', 'notes', 'description'].includes(f))
    .map(
      ([f]) => `
    /**
     * Interact with the ${f.replace(/_/g, ' ')}.
     */
    protected function ${f.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase())}(): Attribute
    {
        return Attribute::make(
            get: fn (?string $value) => $value === null ? null : trim($value),
            set: fn (?string $value) => $value === null ? null : trim(strip_tags($value)),
        );
    }
`
    )
    .join('')
  return `<?php

namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Builder;
use Illuminate\\Database\\Eloquent\\Casts\\Attribute;
use Illuminate\\Database\\Eloquent\\Factories\\HasFactory;
use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\Relations\\BelongsTo;
use Illuminate\\Database\\Eloquent\\SoftDeletes;

/**
${props}
 */
class ${e.name} extends Model
{
    use HasFactory;
    use SoftDeletes;

    /**
     * The attributes that are mass assignable.
     *
     * @var list<string>
     */
    protected $fillable = [
${fillable}
    ];

    /**
     * Get the attributes that should be cast.
     *
     * @return array<string, string>
     */
    protected function casts(): array
    {
        return [
${casts}
        ];
    }
${parent}${scopes}${accessors}${extra}${domainMethods(e, rng, Math.floor(rng() * 3))}}
`
}

function webController(e: Entity, rng: () => number): string {
  const v = e.camel
  const upload = e.flags.has('upload')
    ? `
        if ($request->hasFile('photo')) {
            $data['photo_path'] = $request->file('photo')->store('${e.plural}-photos');
        }
`
    : e.flags.has('upload-s3')
      ? `
        if ($request->hasFile('photo')) {
            $data['photo_path'] = $request->file('photo')->store('${e.plural}-photos', 's3');
        }
`
      : ''
  return `<?php

namespace App\\Http\\Controllers;

use App\\Http\\Requests\\Store${e.name}Request;
use App\\Http\\Requests\\Update${e.name}Request;
use App\\Models\\${e.name};
use App\\Services\\${e.name}Service;
use Illuminate\\Http\\RedirectResponse;
use Illuminate\\Http\\Request;
use Illuminate\\View\\View;
use Symfony\\Component\\HttpFoundation\\StreamedResponse;

class ${e.name}Controller extends Controller
{
    public function __construct(private readonly ${e.name}Service $service)
    {
    }

    /**
     * Display a listing of the resource.
     */
    public function index(Request $request): View
    {
        $this->authorize('viewAny', ${e.name}::class);

        $${e.plural} = ${e.name}::query()
            ->when($request->string('q')->isNotEmpty(), function ($query) use ($request) {
                $query->where('${e.fields[0][0]}', 'like', '%'.$request->string('q').'%');
            })
            ->latest()
            ->paginate($request->integer('per_page', 25))
            ->withQueryString();

        return view('${e.plural}.index', compact('${e.plural}'));
    }

    /**
     * Show the form for creating a new resource.
     */
    public function create(): View
    {
        $this->authorize('create', ${e.name}::class);

        return view('${e.plural}.form', ['${v}' => new ${e.name}()]);
    }

    /**
     * Store a newly created resource in storage.
     */
    public function store(Store${e.name}Request $request): RedirectResponse
    {
        $${v} = $this->service->create($request->validated());

        return redirect()
            ->route('${e.plural}.show', $${v})
            ->with('status', __('${e.name} created.'));
    }

    /**
     * Display the specified resource.
     */
    public function show(${e.name} $${v}): View
    {
        $this->authorize('view', $${v});

        return view('${e.plural}.show', compact('${v}'));
    }

    /**
     * Show the form for editing the specified resource.
     */
    public function edit(${e.name} $${v}): View
    {
        $this->authorize('update', $${v});

        return view('${e.plural}.form', compact('${v}'));
    }

    /**
     * Update the specified resource in storage.
     */
    public function update(Update${e.name}Request $request, ${e.name} $${v}): RedirectResponse
    {
        $data = $request->validated();
${upload}
        $this->service->update($${v}, $data);

        return redirect()
            ->route('${e.plural}.show', $${v})
            ->with('status', __('${e.name} updated.'));
    }

    /**
     * Remove the specified resource from storage.
     */
    public function destroy(${e.name} $${v}): RedirectResponse
    {
        $this->authorize('delete', $${v});

        $this->service->delete($${v});

        return redirect()->route('${e.plural}.index')->with('status', __('${e.name} deleted.'));
    }

    /**
     * Restore a soft-deleted resource.
     */
    public function restore(int $id): RedirectResponse
    {
        $${v} = ${e.name}::withTrashed()->findOrFail($id);
        $this->authorize('restore', $${v});

        $${v}->restore();

        return redirect()->route('${e.plural}.show', $${v})->with('status', __('${e.name} restored.'));
    }

    /**
     * Download the filtered listing as CSV.
     */
    public function export(Request $request): StreamedResponse
    {
        $this->authorize('viewAny', ${e.name}::class);

        $columns = [${e.fields.map(([f]) => `'${f}'`).join(', ')}];

        return response()->streamDownload(function () use ($columns, $request) {
            $out = fopen('php://output', 'w');
            fputcsv($out, $columns);
            ${e.name}::query()
                ->when($request->filled('from'), fn ($q) => $q->where('created_at', '>=', $request->date('from')))
                ->when($request->filled('to'), fn ($q) => $q->where('created_at', '<=', $request->date('to')))
                ->orderBy('id')
                ->chunk(500, function ($rows) use ($out, $columns) {
                    foreach ($rows as $row) {
                        fputcsv($out, array_map(fn ($c) => $row->{$c}, $columns));
                    }
                });
            fclose($out);
        }, '${e.plural}-'.now()->format('Ymd').'.csv', ['Content-Type' => 'text/csv']);
    }
${domainMethods(e, rng, 1 + Math.floor(rng() * 3))}}
`
}

function apiController(e: Entity): string {
  const v = e.camel
  return `<?php

namespace App\\Http\\Controllers\\Api;

use App\\Http\\Controllers\\Controller;
use App\\Http\\Requests\\Store${e.name}Request;
use App\\Http\\Requests\\Update${e.name}Request;
use App\\Http\\Resources\\${e.name}Resource;
use App\\Models\\${e.name};
use App\\Services\\${e.name}Service;
use Illuminate\\Http\\Request;
use Illuminate\\Http\\Resources\\Json\\AnonymousResourceCollection;
use Illuminate\\Http\\Response;

class ${e.name}Controller extends Controller
{
    public function __construct(private readonly ${e.name}Service $service)
    {
    }

    public function index(Request $request): AnonymousResourceCollection
    {
        return ${e.name}Resource::collection(
            ${e.name}::query()->latest()->paginate($request->integer('per_page', 50))
        );
    }

    public function store(Store${e.name}Request $request): ${e.name}Resource
    {
        return new ${e.name}Resource($this->service->create($request->validated()));
    }

    public function show(${e.name} $${v}): ${e.name}Resource
    {
        return new ${e.name}Resource($${v});
    }

    public function update(Update${e.name}Request $request, ${e.name} $${v}): ${e.name}Resource
    {
        return new ${e.name}Resource($this->service->update($${v}, $request->validated()));
    }

    public function destroy(${e.name} $${v}): Response
    {
        $this->service->delete($${v});

        return response()->noContent();
    }
}
`
}

function formRequest(e: Entity, kind: 'Store' | 'Update'): string {
  const rules = e.fields
    .map(
      ([f, , rule]) =>
        `            '${f}' => [${kind === 'Update' ? rule.replace("'required', ", "'sometimes', ") : rule}],`
    )
    .join('\n')
  const photo =
    e.flags.has('upload') || e.flags.has('upload-s3')
      ? "\n            'photo' => ['nullable', 'image', 'max:4096'],"
      : ''
  return `<?php

namespace App\\Http\\Requests;

use App\\Models\\${e.name};
use Illuminate\\Foundation\\Http\\FormRequest;

class ${kind}${e.name}Request extends FormRequest
{
    /**
     * Determine if the user is authorized to make this request.
     */
    public function authorize(): bool
    {
        return ${kind === 'Store' ? `$this->user()->can('create', ${e.name}::class)` : `$this->user()->can('update', $this->route('${e.camel}'))`};
    }

    /**
     * Get the validation rules that apply to the request.
     *
     * @return array<string, \\Illuminate\\Contracts\\Validation\\ValidationRule|array<mixed>|string>
     */
    public function rules(): array
    {
        return [
${rules}${photo}
        ];
    }

    /**
     * Get custom attributes for validator errors.
     *
     * @return array<string, string>
     */
    public function attributes(): array
    {
        return [
${e.fields.map(([f]) => `            '${f}' => __('${f.replace(/_/g, ' ')}'),`).join('\n')}
        ];
    }

    /**
     * Prepare the data for validation.
     */
    protected function prepareForValidation(): void
    {
        $this->merge([
${e.fields
  .filter(([f]) => ['name', 'title', 'reference', 'email', 'notes', 'description'].includes(f))
  .map(
    ([f]) =>
      `            '${f}' => is_string($this->input('${f}')) ? trim($this->input('${f}')) : $this->input('${f}'),`
  )
  .join('\n')}
        ]);
    }

    /**
     * Get custom messages for validator errors.
     *
     * @return array<string, string>
     */
    public function messages(): array
    {
        return [
            '${e.fields[0][0]}.required' => __('The ${e.fields[0][0].replace(/_/g, ' ')} of the ${e.snake.replace(/_/g, ' ')} is required.'),
        ];
    }
}
`
}

function resource(e: Entity): string {
  const fields = e.fields.map(([f]) => `            '${f}' => $this->${f},`).join('\n')
  return `<?php

namespace App\\Http\\Resources;

use Illuminate\\Http\\Request;
use Illuminate\\Http\\Resources\\Json\\JsonResource;

class ${e.name}Resource extends JsonResource
{
    /**
     * Transform the resource into an array.
     *
     * @return array<string, mixed>
     */
    public function toArray(Request $request): array
    {
        return [
            'id' => $this->id,
${fields}
            'created_at' => $this->created_at?->toIso8601String(),
            'updated_at' => $this->updated_at?->toIso8601String(),
        ];
    }
}
`
}

function policy(e: Entity): string {
  const v = e.camel
  const ability = (name: string, doc: string, body: string, withModel = true): string => `
    /**
     * ${doc}
     */
    public function ${name}(User $user${withModel ? `, ${e.name} $${v}` : ''}): bool
    {
        ${body}
    }
`
  return `<?php

namespace App\\Policies;

use App\\Models\\${e.name};
use App\\Models\\User;

class ${e.name}Policy
{${ability('viewAny', 'Determine whether the user can view any models.', "return $user->hasPermission('" + e.plural + ".view');", false)}${ability('view', 'Determine whether the user can view the model.', "return $user->hasPermission('" + e.plural + ".view');")}${ability('create', 'Determine whether the user can create models.', "return $user->hasPermission('" + e.plural + ".create');", false)}${ability('update', 'Determine whether the user can update the model.', "return $user->hasPermission('" + e.plural + ".update');")}${ability('delete', 'Determine whether the user can delete the model.', "return $user->isAdmin() || $user->hasPermission('" + e.plural + ".delete');")}}
`
}

function service(e: Entity, rng: () => number): string {
  const v = e.camel
  const lines: string[] = []
  const uses = new Set<string>(['Illuminate\\Support\\Facades\\DB'])
  if (e.flags.has('cache-file') || e.flags.has('cache-redis') || e.flags.has('cache-remember'))
    uses.add('Illuminate\\Support\\Facades\\Cache')
  const store = e.flags.has('cache-file')
    ? "Cache::store('file')->"
    : e.flags.has('cache-redis')
      ? "Cache::store('redis')->"
      : e.flags.has('cache-remember')
        ? 'Cache::'
        : null
  if (store !== null) {
    lines.push(`
    /**
     * Counts for the dashboard, cached for ten minutes.
     *
     * @return array<string, int>
     */
    public function stats(): array
    {
        return ${store}remember('${e.plural}:stats', 600, function () {
            return ${e.name}::query()
                ->selectRaw('count(*) as total')
                ->selectRaw('sum(case when created_at > ? then 1 else 0 end) as recent', [now()->subDay()])
                ->first()
                ->toArray();
        });
    }
`)
  }
  if (e.flags.has('env')) {
    lines.push(`
    /**
     * The partner API endpoint for ${e.plural.replace(/_/g, ' ')}.
     */
    public function partnerEndpoint(): string
    {
        $base = env('${e.snake.toUpperCase()}_PARTNER_URL', 'https://partner.example.com');

        return rtrim($base, '/').'/v2/${e.plural}';
    }
`)
  }
  if (e.flags.has('environment')) {
    lines.push(`
    protected function shouldNotify(): bool
    {
        return app()->environment('production') && config('services.partner.notify', true);
    }
`)
  }
  const constant = e.flags.has('const-storage')
    ? `
    private const EXPORT_DIR = '/var/www/html/storage/app/exports/${e.plural}';
`
    : e.flags.has('comment-storage')
      ? `
    // Exports used to be written to storage/app/exports; they go to the s3 disk now.
`
      : ''
  const repoCall = e.flags.has('repo-store') ? 'store' : 'create'
  const helpers = Array.from(
    { length: 1 + Math.floor(rng() * 3) },
    (_, i) => `
    /**
     * Recalculate derived values (step ${i + 1}).
     */
    protected function recalculate${i + 1}(${e.name} $${v}): void
    {
        $${v}->forceFill([
            'updated_at' => now(),
        ])->saveQuietly();

        collect($${v}->getChanges())
            ->keys()
            ->each(fn (string $key) => $this->audit->record($${v}, $key));
    }
`
  ).join('')
  return `<?php

namespace App\\Services;

use App\\Events\\${e.name}Created;
use App\\Models\\${e.name};
use App\\Repositories\\${e.name}Repository;
use App\\Support\\AuditTrail;
${[...uses]
  .sort()
  .map((u) => `use ${u};`)
  .join('\n')}

class ${e.name}Service
{${constant}
    public function __construct(
        private readonly ${e.name}Repository $repository,
        private readonly AuditTrail $audit,
    ) {
    }

    /**
     * Create a ${e.snake.replace(/_/g, ' ')} and tell the listeners.
     *
     * @param  array<string, mixed>  $data
     */
    public function create(array $data): ${e.name}
    {
        return DB::transaction(function () use ($data) {
            $${v} = $this->repository->${repoCall}($data);

            event(new ${e.name}Created($${v}));

            return $${v};
        });
    }

    /**
     * @param  array<string, mixed>  $data
     */
    public function update(${e.name} $${v}, array $data): ${e.name}
    {
        $${v}->fill($data)->save();
        $this->recalculate1($${v});

        return $${v}->refresh();
    }

    public function delete(${e.name} $${v}): void
    {
        DB::transaction(fn () => $${v}->delete());
    }

    /**
     * Filtered search used by the listing and the API.
     *
     * @param  array<string, mixed>  $filters
     * @return \\Illuminate\\Database\\Eloquent\\Builder<${e.name}>
     */
    public function search(array $filters): \\Illuminate\\Database\\Eloquent\\Builder
    {
        $query = ${e.name}::query();
${e.fields
  .map(
    ([f]) => `
        if (array_key_exists('${f}', $filters) && $filters['${f}'] !== null && $filters['${f}'] !== '') {
            $query->where('${f}', is_array($filters['${f}']) ? 'in' : '=', $filters['${f}']);
        }`
  )
  .join('')}

        return $query->orderBy($filters['sort'] ?? 'id', ($filters['direction'] ?? 'asc') === 'desc' ? 'desc' : 'asc');
    }
${lines.join('')}${helpers}${domainMethods(e, rng, 3 + Math.floor(rng() * 6))}}
`
}

function repository(e: Entity): string {
  const v = e.camel
  const method = e.flags.has('repo-store') ? 'store' : 'create'
  return `<?php

namespace App\\Repositories;

use App\\Models\\${e.name};
use Illuminate\\Contracts\\Pagination\\LengthAwarePaginator;
use Illuminate\\Database\\Eloquent\\Collection;

class ${e.name}Repository
{
    /**
     * @param  array<string, mixed>  $data
     */
    public function ${method}(array $data): ${e.name}
    {
        return ${e.name}::query()->create($data);
    }

    public function find(int $id): ?${e.name}
    {
        return ${e.name}::query()->find($id);
    }

    /**
     * @return Collection<int, ${e.name}>
     */
    public function recent(int $limit = 20): Collection
    {
        return ${e.name}::query()->latest()->limit($limit)->get();
    }

    public function paginate(int $perPage = 25): LengthAwarePaginator
    {
        return ${e.name}::query()->orderByDesc('id')->paginate($perPage);
    }

    public function forget(${e.name} $${v}): bool
    {
        return (bool) $${v}->delete();
    }
}
`
}

interface Suppress {
  kind: 'reasoned' | 'reasonless'
}

function processJob(e: Entity, rng: () => number, suppress: Suppress | null): string {
  const v = e.camel
  const uses = new Set<string>(['Illuminate\\Support\\Facades\\Log'])
  const body: string[] = []
  const comment =
    suppress === null
      ? ''
      : suppress.kind === 'reasoned'
        ? '        // stateless-audit-ignore storage-local-write -- exports/ is an NFS mount shared by every server\n'
        : '        // stateless-audit-ignore storage-local-write\n'
  if (e.flags.has('disk-local-put')) {
    uses.add('Illuminate\\Support\\Facades\\Storage')
    body.push(
      `${comment}        Storage::disk('local')->put("exports/${e.plural}-{$this->${v}Id}.csv", $csv);`
    )
  } else if (e.flags.has('disk-s3-put')) {
    uses.add('Illuminate\\Support\\Facades\\Storage')
    body.push(`        Storage::disk('s3')->put("exports/${e.plural}-{$this->${v}Id}.csv", $csv);`)
  }
  if (e.flags.has('native-write')) {
    body.push(
      `        file_put_contents(storage_path('app/${e.plural}-last-export.json'), json_encode(['at' => now()]));`
    )
  } else if (e.flags.has('temp-write')) {
    body.push(
      `        file_put_contents(sys_get_temp_dir().'/${e.plural}-export.json', json_encode(['at' => now()]));`
    )
  }
  if (e.flags.has('log-daily'))
    body.push(`        Log::channel('daily')->info('${e.name} export finished', ['id' => $this->${v}Id]);`)
  else if (e.flags.has('log-stderr'))
    body.push(`        Log::channel('stderr')->info('${e.name} export finished', ['id' => $this->${v}Id]);`)
  else body.push(`        Log::info('${e.name} export finished', ['id' => $this->${v}Id]);`)
  if (e.flags.has('log-build')) {
    body.push(`        Log::build([
            'driver' => 'single',
            'path' => storage_path('logs/${e.plural}-export.log'),
        ])->info('rows', ['count' => $rows->count()]);`)
  }
  return `<?php

namespace App\\Jobs;

use App\\Models\\${e.name};
use Illuminate\\Bus\\Queueable;
use Illuminate\\Contracts\\Queue\\ShouldQueue;
use Illuminate\\Foundation\\Bus\\Dispatchable;
use Illuminate\\Queue\\InteractsWithQueue;
use Illuminate\\Queue\\SerializesModels;
${[...uses]
  .sort()
  .map((u) => `use ${u};`)
  .join('\n')}

class Export${e.name} implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    /**
     * The number of times the job may be attempted.
     */
    public int $tries = 3;

    public function __construct(public readonly int $${v}Id)
    {
    }

    /**
     * Execute the job.
     */
    public function handle(): void
    {
        $rows = ${e.name}::query()->whereKey($this->${v}Id)->get();

        $csv = $rows->map(fn (${e.name} $row) => implode(',', [
${e.fields.map(([f]) => `            $row->${f},`).join('\n')}
        ]))->implode("\\n");

${body.join('\n')}
    }

    /**
     * Handle a job failure.
     */
    public function failed(\\Throwable $exception): void
    {
        report($exception);
    }
${domainMethods(e, rng, 1 + Math.floor(rng() * 3))}}
`
}

function syncJob(e: Entity): string {
  const v = e.camel
  return `<?php

namespace App\\Jobs;

use App\\Models\\${e.name};
use Illuminate\\Bus\\Queueable;
use Illuminate\\Contracts\\Queue\\ShouldQueue;
use Illuminate\\Foundation\\Bus\\Dispatchable;
use Illuminate\\Queue\\InteractsWithQueue;
use Illuminate\\Queue\\SerializesModels;
use Illuminate\\Support\\Facades\\Http;

class Sync${e.name}ToWarehouse implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $backoff = 30;

    public function __construct(public ${e.name} $${v})
    {
    }

    public function handle(): void
    {
        $response = Http::withToken(config('services.warehouse.token'))
            ->timeout(10)
            ->retry(3, 200)
            ->post(config('services.warehouse.url').'/${e.plural}', [
                'id' => $this->${v}->getKey(),
${e.fields.map(([f]) => `                '${f}' => $this->${v}->${f},`).join('\n')}
            ]);

        $response->throw();

        $this->${v}->forceFill(['synced_at' => now()])->saveQuietly();
    }
}
`
}

function eventClass(e: Entity): string {
  return `<?php

namespace App\\Events;

use App\\Models\\${e.name};
use Illuminate\\Broadcasting\\InteractsWithSockets;
use Illuminate\\Foundation\\Events\\Dispatchable;
use Illuminate\\Queue\\SerializesModels;

class ${e.name}Created
{
    use Dispatchable, InteractsWithSockets, SerializesModels;

    /**
     * Create a new event instance.
     */
    public function __construct(public ${e.name} $${e.camel})
    {
    }
}
`
}

function listener(e: Entity): string {
  return `<?php

namespace App\\Listeners;

use App\\Events\\${e.name}Created;
use App\\Jobs\\Sync${e.name}ToWarehouse;
use App\\Notifications\\${e.name}Updated;
use Illuminate\\Contracts\\Queue\\ShouldQueue;
use Illuminate\\Support\\Facades\\Notification;

class Send${e.name}CreatedNotification implements ShouldQueue
{
    /**
     * Handle the event.
     */
    public function handle(${e.name}Created $event): void
    {
        Sync${e.name}ToWarehouse::dispatch($event->${e.camel});

        Notification::route('mail', config('mail.operations'))
            ->notify(new ${e.name}Updated($event->${e.camel}));
    }
}
`
}

function observer(e: Entity): string {
  const v = e.camel
  return `<?php

namespace App\\Observers;

use App\\Models\\${e.name};
use Illuminate\\Support\\Str;

class ${e.name}Observer
{
    public function creating(${e.name} $${v}): void
    {
        $${v}->uuid ??= (string) Str::uuid();
    }

    public function updated(${e.name} $${v}): void
    {
        if ($${v}->wasChanged('status')) {
            activity()->performedOn($${v})->log('status changed');
        }
    }

    public function deleted(${e.name} $${v}): void
    {
        activity()->performedOn($${v})->log('deleted');
    }
}
`
}

function notification(e: Entity): string {
  const v = e.camel
  return `<?php

namespace App\\Notifications;

use App\\Models\\${e.name};
use Illuminate\\Bus\\Queueable;
use Illuminate\\Contracts\\Queue\\ShouldQueue;
use Illuminate\\Notifications\\Messages\\MailMessage;
use Illuminate\\Notifications\\Notification;

class ${e.name}Updated extends Notification implements ShouldQueue
{
    use Queueable;

    public function __construct(public ${e.name} $${v})
    {
    }

    /**
     * @return array<int, string>
     */
    public function via(object $notifiable): array
    {
        return ['mail', 'database'];
    }

    public function toMail(object $notifiable): MailMessage
    {
        return (new MailMessage)
            ->subject(__('${e.name} :id was updated', ['id' => $this->${v}->getKey()]))
            ->line(__('A ${e.snake.replace(/_/g, ' ')} you follow has changed.'))
            ->action(__('View'), route('${e.plural}.show', $this->${v}));
    }

    /**
     * @return array<string, mixed>
     */
    public function toArray(object $notifiable): array
    {
        return ['${e.snake}_id' => $this->${v}->getKey()];
    }
}
`
}

function factory(e: Entity): string {
  return `<?php

namespace Database\\Factories;

use App\\Models\\${e.name};
use Illuminate\\Database\\Eloquent\\Factories\\Factory;

/**
 * @extends Factory<${e.name}>
 */
class ${e.name}Factory extends Factory
{
    protected $model = ${e.name}::class;

    /**
     * Define the model's default state.
     *
     * @return array<string, mixed>
     */
    public function definition(): array
    {
        return [
${e.fields.map(([f, , , faker]) => `            '${f}' => ${faker},`).join('\n')}
        ];
    }
}
`
}

function seeder(e: Entity): string {
  return `<?php

namespace Database\\Seeders;

use App\\Models\\${e.name};
use Illuminate\\Database\\Seeder;

class ${e.name}Seeder extends Seeder
{
    public function run(): void
    {
        ${e.name}::factory()->count(50)->create();
    }
}
`
}

function migration(e: Entity): string {
  const columns = e.fields.map(([, col]) => `            $table->${col};`).join('\n')
  const parent = e.parent
    ? `\n            $table->foreignId('${e.parent.snake}_id')->nullable()->constrained()->nullOnDelete();`
    : ''
  return `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    /**
     * Run the migrations.
     */
    public function up(): void
    {
        Schema::create('${e.plural}', function (Blueprint $table) {
            $table->id();${parent}
${columns}
            $table->timestamp('synced_at')->nullable();
            $table->timestamps();
            $table->softDeletes();
        });
    }

    /**
     * Reverse the migrations.
     */
    public function down(): void
    {
        Schema::dropIfExists('${e.plural}');
    }
};
`
}

function featureTest(e: Entity): string {
  const v = e.camel
  const payload = e.fields.map(([f, , , faker]) => `            '${f}' => ${faker},`).join('\n')
  return `<?php

namespace Tests\\Feature;

use App\\Models\\${e.name};
use App\\Models\\User;
use Illuminate\\Foundation\\Testing\\RefreshDatabase;
use Tests\\TestCase;

class ${e.name}ControllerTest extends TestCase
{
    use RefreshDatabase;

    public function test_index_lists_${e.plural}(): void
    {
        $user = User::factory()->admin()->create();
        ${e.name}::factory()->count(3)->create();

        $this->actingAs($user)
            ->get(route('${e.plural}.index'))
            ->assertOk()
            ->assertViewHas('${e.plural}');
    }

    public function test_store_creates_a_${e.snake}(): void
    {
        $user = User::factory()->admin()->create();

        $this->actingAs($user)->post(route('${e.plural}.store'), [
${payload}
        ])->assertRedirect();

        $this->assertDatabaseCount('${e.plural}', 1);
    }

    public function test_update_changes_the_${e.snake}(): void
    {
        $user = User::factory()->admin()->create();
        $${v} = ${e.name}::factory()->create();

        $this->actingAs($user)
            ->put(route('${e.plural}.update', $${v}), ['${e.fields[0][0]}' => ${e.fields[0][3]}])
            ->assertRedirect(route('${e.plural}.show', $${v}));
    }

${e.fields
  .filter(([, , rule]) => rule.includes('required'))
  .map(
    ([f]) => `    public function test_${f}_is_required(): void
    {
        $user = User::factory()->admin()->create();

        $this->actingAs($user)
            ->post(route('${e.plural}.store'), [])
            ->assertSessionHasErrors('${f}');
    }

`
  )
  .join('')}    public function test_guests_are_redirected(): void
    {
        $this->get(route('${e.plural}.index'))->assertRedirect(route('login'));
    }
}
`
}

function unitTest(e: Entity): string {
  return `<?php

namespace Tests\\Unit;

use App\\Models\\${e.name};
use App\\Services\\${e.name}Service;
use Illuminate\\Foundation\\Testing\\RefreshDatabase;
use Tests\\TestCase;

class ${e.name}ServiceTest extends TestCase
{
    use RefreshDatabase;

    public function test_create_fires_the_event(): void
    {
        \\Illuminate\\Support\\Facades\\Event::fake();

        $service = app(${e.name}Service::class);
        $model = $service->create(${e.name}::factory()->raw());

        $this->assertTrue($model->exists);
        \\Illuminate\\Support\\Facades\\Event::assertDispatched(\\App\\Events\\${e.name}Created::class);
    }
}
`
}

function indexView(e: Entity): string {
  const headers = e.fields
    .map(([f]) => `                <th>{{ __('${f.replace(/_/g, ' ')}') }}</th>`)
    .join('\n')
  const cells = e.fields.map(([f]) => `                    <td>{{ $${e.camel}->${f} }}</td>`).join('\n')
  return `@extends('layouts.app')

@section('title', __('${e.name}'))

@section('content')
    <div class="flex items-center justify-between">
        <h1 class="text-2xl font-semibold">{{ __('${e.plural.replace(/_/g, ' ')}') }}</h1>
        @can('create', App\\Models\\${e.name}::class)
            <a href="{{ route('${e.plural}.create') }}" class="btn btn-primary">{{ __('New') }}</a>
        @endcan
    </div>

    <form method="GET" action="{{ route('${e.plural}.index') }}" class="mt-4 grid grid-cols-4 gap-4">
        <input type="search" name="q" value="{{ request('q') }}" placeholder="{{ __('Search') }}">
${e.fields
  .map(
    ([f]) => `        <label class="filter">
            <span>{{ __('${f.replace(/_/g, ' ')}') }}</span>
            <input type="text" name="filter[${f}]" value="{{ request('filter.${f}') }}" @class(['input', 'is-active' => request()->filled('filter.${f}')])>
        </label>`
  )
  .join('\n')}
        <div class="actions">
            <button type="submit" class="btn">{{ __('Filter') }}</button>
            <a href="{{ route('${e.plural}.index') }}" class="btn btn-link">{{ __('Reset') }}</a>
            <a href="{{ route('${e.plural}.export', request()->query()) }}" class="btn btn-link">{{ __('Export CSV') }}</a>
        </div>
    </form>

    @if ($${e.plural}->isNotEmpty())
        <div x-data="{ open: false }" class="bulk-actions">
            <button type="button" class="btn" @click="open = ! open">{{ __('Bulk actions') }}</button>
            <div x-show="open" class="dropdown">
                <form method="POST" action="{{ route('${e.plural}.index') }}">
                    @csrf
                    <select name="action">
                        <option value="archive">{{ __('Archive selected') }}</option>
                        <option value="delete">{{ __('Delete selected') }}</option>
                    </select>
                    <button type="submit" class="btn btn-danger" onclick="return confirm('{{ __('Are you sure?') }}')">{{ __('Apply') }}</button>
                </form>
            </div>
        </div>
    @endif

    <table class="table mt-6">
        <thead>
            <tr>
${headers}
                <th></th>
            </tr>
        </thead>
        <tbody>
            @forelse ($${e.plural} as $${e.camel})
                <tr>
${cells}
                    <td><a href="{{ route('${e.plural}.show', $${e.camel}) }}">{{ __('Open') }}</a></td>
                </tr>
            @empty
                <tr><td colspan="${e.fields.length + 1}">{{ __('Nothing here yet.') }}</td></tr>
            @endforelse
        </tbody>
    </table>

    {{ $${e.plural}->links() }}
@endsection
`
}

function showView(e: Entity): string {
  const v = e.camel
  const photo = e.flags.has('blade-storage')
    ? `        <img src="{{ asset('storage/${e.plural}-photos/' . $${v}->photo_path) }}" alt="">\n`
    : e.flags.has('blade-s3')
      ? `        {{-- photos are served from the s3 disk, not storage/app/public --}}\n        <img src="{{ Storage::disk('s3')->url($${v}->photo_path) }}" alt="">\n`
      : ''
  const rows = e.fields
    .map(
      ([f]) =>
        `        <dt>{{ __('${f.replace(/_/g, ' ')}') }}</dt>\n        <dd>{{ $${v}->${f} ?? '—' }}</dd>`
    )
    .join('\n')
  return `@extends('layouts.app')

@section('title', $${v}->label ?? __('${e.name}'))

@section('content')
    <h1 class="text-2xl font-semibold">{{ __('${e.name}') }} #{{ $${v}->id }}</h1>
${photo}
    <dl class="grid grid-cols-2 gap-2 mt-4">
${rows}
    </dl>

    @can('update', $${v})
        <a href="{{ route('${e.plural}.edit', $${v}) }}" class="btn">{{ __('Edit') }}</a>
    @endcan
@endsection
`
}

function formView(e: Entity): string {
  const v = e.camel
  const inputs = e.fields
    .map(
      ([f]) => `        <div class="field">
            <label for="${f}">{{ __('${f.replace(/_/g, ' ')}') }}</label>
            <input id="${f}" name="${f}" value="{{ old('${f}', $${v}->${f}) }}" @class(['input', 'is-invalid' => $errors->has('${f}')])>
            @error('${f}')
                <p class="error">{{ $message }}</p>
            @enderror
        </div>`
    )
    .join('\n')
  return `@extends('layouts.app')

@section('content')
    <form method="POST" action="{{ $${v}->exists ? route('${e.plural}.update', $${v}) : route('${e.plural}.store') }}" enctype="multipart/form-data">
        @csrf
        @if ($${v}->exists)
            @method('PUT')
        @endif
${inputs}
        <button type="submit" class="btn btn-primary">{{ __('Save') }}</button>
    </form>
@endsection
`
}

// ---------------------------------------------------------------------------------------------
// The app
// ---------------------------------------------------------------------------------------------

const SCHEDULED = ['prune', 'sync', 'export', 'report', 'reindex', 'notify']
const FREQUENCIES = ['daily()', 'hourly()', "dailyAt('02:00')", 'everyFifteenMinutes()', 'weekly()']

function consoleRoutes(entities: Entity[], rng: () => number, expected: Record<string, number>): string {
  const lines: string[] = []
  for (const e of entities.slice(0, Math.max(4, Math.floor(entities.length / 6)))) {
    const task = pick(rng, SCHEDULED)
    const unguarded = rng() < 0.15
    if (unguarded) bump(expected, 'schedule-without-on-one-server')
    lines.push(
      `Schedule::command('${e.plural}:${task}')->${pick(rng, FREQUENCIES)}${unguarded ? '' : '->onOneServer()'}->withoutOverlapping();`
    )
  }
  return `<?php

use Illuminate\\Foundation\\Inspiring;
use Illuminate\\Support\\Facades\\Artisan;
use Illuminate\\Support\\Facades\\Schedule;

Artisan::command('inspire', function () {
    $this->comment(Inspiring::quote());
})->purpose('Display an inspiring quote');

${lines.join('\n')}
`
}

function webRoutes(entities: Entity[]): string {
  return `<?php

use Illuminate\\Support\\Facades\\Route;

Route::view('/', 'welcome');

Route::middleware(['auth', 'verified'])->group(function () {
${entities.map((e) => `    Route::resource('${e.plural.replace(/_/g, '-')}', \\App\\Http\\Controllers\\${e.name}Controller::class)->names('${e.plural}');`).join('\n')}
});
`
}

function apiRoutes(entities: Entity[]): string {
  return `<?php

use Illuminate\\Support\\Facades\\Route;

Route::middleware('auth:sanctum')->name('api.')->group(function () {
${entities.map((e) => `    Route::apiResource('${e.plural.replace(/_/g, '-')}', \\App\\Http\\Controllers\\Api\\${e.name}Controller::class);`).join('\n')}
});
`
}

/** A legacy checkout kept from before the Laravel port: PHP's native session (3 findings). */
const LEGACY_CART = `<?php

namespace App\\Legacy;

class CartSession
{
    public function __construct()
    {
        if (session_status() !== PHP_SESSION_ACTIVE) {
            session_start();
        }
    }

    /**
     * @param  array<int, array<string, mixed>>  $items
     */
    public function save(array $items): void
    {
        $_SESSION['cart'] = $items;
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    public function items(): array
    {
        return $_SESSION['cart'] ?? [];
    }
}
`

/** The Laravel way, a look-alike of the legacy cart. */
const MODERN_CART = `<?php

namespace App\\Support;

use Illuminate\\Http\\Request;

class Cart
{
    public function __construct(private readonly Request $request)
    {
    }

    /**
     * @param  array<int, array<string, mixed>>  $items
     */
    public function save(array $items): void
    {
        $this->request->session()->put('cart', $items);
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    public function items(): array
    {
        return session('cart', []);
    }
}
`

const AUDIT_TRAIL = `<?php

namespace App\\Support;

use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Support\\Facades\\DB;

class AuditTrail
{
    public function record(Model $model, string $attribute): void
    {
        DB::table('audit_trail')->insert([
            'model_type' => $model::class,
            'model_id' => $model->getKey(),
            'attribute' => $attribute,
            'recorded_at' => now(),
        ]);
    }
}
`

/** A half-finished file: a syntax error in a file that uses Storage (one parse-error finding). */
const BROKEN_EXPORT = `<?php

namespace App\\Support;

use Illuminate\\Support\\Facades\\Storage;

class BrokenExport
{
    public function run(array $rows): void
    {
        Storage::disk('s3')->put('exports/broken.csv', implode("\\n", $rows)
    }
}
`

/** A suppression whose rule reports nothing on its line (one unused-suppression finding). */
const STALE_SUPPRESSION = `<?php

namespace App\\Support;

use Illuminate\\Support\\Facades\\Cache;

class Pricing
{
    public function current(): array
    {
        // stateless-audit-ignore cache-store-explicit-local -- the store was file once; it is redis now
        return Cache::store('redis')->get('pricing', []);
    }
}
`

const CONTROLLER_BASE = `<?php

namespace App\\Http\\Controllers;

use Illuminate\\Foundation\\Auth\\Access\\AuthorizesRequests;
use Illuminate\\Foundation\\Validation\\ValidatesRequests;

abstract class Controller
{
    use AuthorizesRequests, ValidatesRequests;
}
`

const LAYOUT = `<!DOCTYPE html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <title>@yield('title', config('app.name'))</title>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body>
    @include('layouts.navigation')
    <main class="container">
        @if (session('status'))
            <div class="alert">{{ session('status') }}</div>
        @endif
        @yield('content')
    </main>
</body>
</html>
`

const MODULES = ['billing', 'shipping', 'crm', 'search', 'analytics', 'mailing', 'warehouse', 'partners']

function bump(counts: Record<string, number>, rule: string, by = 1): void {
  counts[rule] = (counts[rule] ?? 0) + by
}

/** Writes the app into `dir` (which should be empty) and returns what it holds. */
export function generateApp(dir: string, options: GenerateOptions): GeneratedApp {
  const rng = prng(options.seed)
  const entities = entitiesFor(rng, options.entities, options.everyCase ?? false)
  const files = new Map<string, string>()
  const expected: Record<string, number> = {}
  const expectedSuppressed: Record<string, number> = {}
  const put = (rel: string, text: string): void => {
    files.set(rel, text)
  }

  put('composer.json', COMPOSER_JSON)
  put('composer.lock', COMPOSER_LOCK)
  put('artisan', ARTISAN)
  put('bootstrap/app.php', BOOTSTRAP_APP)
  put('.env.example', ENV_EXAMPLE)
  put('.env.production', ENV_PRODUCTION)
  for (const [name, text] of Object.entries(CONFIG)) put(`config/${name}`, text)
  for (const m of MODULES)
    put(`config/modules/${m}.php`, moduleConfig(m, ['key', 'secret', 'endpoint', 'timeout']))
  put('routes/web.php', webRoutes(entities))
  put('routes/api.php', apiRoutes(entities))
  put('routes/console.php', consoleRoutes(entities, rng, expected))
  put('app/Http/Controllers/Controller.php', CONTROLLER_BASE)
  put('app/Support/AuditTrail.php', AUDIT_TRAIL)
  put('app/Support/Cart.php', MODERN_CART)
  put('app/Legacy/CartSession.php', LEGACY_CART)
  bump(expected, 'native-php-session', 3)
  put('app/Support/BrokenExport.php', BROKEN_EXPORT)
  bump(expected, 'parse-error')
  put('app/Support/Pricing.php', STALE_SUPPRESSION)
  bump(expected, 'unused-suppression')
  put('resources/views/layouts/app.blade.php', LAYOUT)

  // The first two local-disk exports carry a suppression: one with a reason, one without.
  const suppressions: Suppress[] = [{ kind: 'reasoned' }, { kind: 'reasonless' }]
  entities.forEach((e, i) => {
    const stamp = `2024_${String(1 + (i % 12)).padStart(2, '0')}_${String(1 + (i % 28)).padStart(2, '0')}_${String(100000 + i)}`
    put(`app/Models/${e.name}.php`, model(e, rng))
    put(`app/Http/Controllers/${e.name}Controller.php`, webController(e, rng))
    put(`app/Http/Controllers/Api/${e.name}Controller.php`, apiController(e))
    put(`app/Http/Requests/Store${e.name}Request.php`, formRequest(e, 'Store'))
    put(`app/Http/Requests/Update${e.name}Request.php`, formRequest(e, 'Update'))
    put(`app/Http/Resources/${e.name}Resource.php`, resource(e))
    put(`app/Policies/${e.name}Policy.php`, policy(e))
    put(`app/Services/${e.name}Service.php`, service(e, rng))
    put(`app/Repositories/${e.name}Repository.php`, repository(e))
    const suppress = e.flags.has('disk-local-put') ? (suppressions.shift() ?? null) : null
    put(`app/Jobs/Export${e.name}.php`, processJob(e, rng, suppress))
    put(`app/Jobs/Sync${e.name}ToWarehouse.php`, syncJob(e))
    put(`app/Events/${e.name}Created.php`, eventClass(e))
    put(`app/Listeners/Send${e.name}CreatedNotification.php`, listener(e))
    put(`app/Observers/${e.name}Observer.php`, observer(e))
    put(`app/Notifications/${e.name}Updated.php`, notification(e))
    put(`database/factories/${e.name}Factory.php`, factory(e))
    put(`database/seeders/${e.name}Seeder.php`, seeder(e))
    put(`database/migrations/${stamp}_create_${e.plural}_table.php`, migration(e))
    put(`tests/Feature/${e.name}ControllerTest.php`, featureTest(e))
    put(`tests/Unit/${e.name}ServiceTest.php`, unitTest(e))
    put(`resources/views/${e.plural}/index.blade.php`, indexView(e))
    put(`resources/views/${e.plural}/show.blade.php`, showView(e))
    put(`resources/views/${e.plural}/form.blade.php`, formView(e))

    for (const flag of e.flags) {
      const rule = FLAG_RULE[flag]
      if (rule === undefined) continue
      if (suppress && flag === 'disk-local-put') bump(expectedSuppressed, rule)
      else bump(expected, rule)
    }
    if (suppress?.kind === 'reasonless') bump(expected, 'suppression-without-reason')
  })

  const written = [...files.keys()].sort()
  let bytes = 0
  let phpBytes = 0
  for (const rel of written) {
    const abs = path.join(dir, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    const text = files.get(rel) as string
    writeFileSync(abs, text)
    const size = Buffer.byteLength(text)
    bytes += size
    if (rel.endsWith('.php')) phpBytes += size
  }
  return {
    dir,
    files: written,
    phpFiles: written.filter((f) => f.endsWith('.php')),
    bytes,
    phpBytes,
    expected,
    expectedSuppressed
  }
}

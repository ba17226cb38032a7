<?php

namespace App\Console\Commands;

use App\Models\Photo;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Storage;

class GenerateReports extends Command
{
    protected $signature = 'reports:generate';

    protected $description = "Write yesterday's upload report to S3";

    public function handle(): int
    {
        $day = now()->subDay()->toDateString();
        $count = Photo::whereDate('created_at', $day)->count();

        $report = sprintf(
            "%s upload report for %s\nphotos: %d\ngenerated on: %s\n",
            config('app.name'),
            $day,
            $count,
            getenv('HOSTNAME') ?: gethostname(),
        );

        Storage::disk('s3')->put("reports/{$day}.txt", $report);

        $this->info("Report for {$day}: {$count} photos.");

        return self::SUCCESS;
    }
}

<x-layout>
    <x-slot:title>{{ env('APP_NAME') }} · {{ $user->name }}</x-slot:title>

    <h1>{{ $user->name }}</h1>
    <p>On {{ config('app.name') }} since {{ $user->created_at->format('F Y') }}</p>

    @if ($user->cover_url)
        <img src="{{ $user->cover_url }}" alt="" class="cover">
    @endif

    <form method="POST" action="/profile/avatar" enctype="multipart/form-data">
        @csrf
        <label>Avatar <input type="file" name="avatar" accept="image/*" required></label>
        <label>Cover photo <input type="file" name="cover" accept="image/*"></label>
        <button type="submit">Save</button>
    </form>
</x-layout>

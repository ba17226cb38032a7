<x-layout>
    <h1>{{ config('app.name') }}</h1>
    @foreach ($photos as $photo)
        <img src="{{ $photo->url }}" alt="">
    @endforeach
    {{ $photos->links() }}
</x-layout>
